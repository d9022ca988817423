/// Reads a formula: indicator ids, numbers (`10000`, `2.5`, `1e-3`), `+ - * /`, unary minus and
/// parentheses, with the usual precedence (`*` and `/` before `+` and `-`, left to right).
///
/// Ids hold hyphens, so a word of letters, digits and hyphens is one id: `a-b` is the id "a-b",
/// `a - b` a subtraction. A run of digits that goes on with a letter or a hyphen (`3d-printers`,
/// `2-pop`) is a word too; a number with a point or an exponent ends where the number ends.
enum FormulaParser {
    static func parse(_ text: String) -> Result<Formula, FormulaError> {
        do {
            var parser = try Parser(Array(text))
            guard parser.peek != .end else { throw parser.error("the formula is empty", at: parser.token.start) }
            let (root, _) = try parser.expression()
            if parser.peek != .end {
                if parser.peek == .close {
                    throw parser.error("unexpected \")\" at character \(parser.token.start + 1)", at: parser.token.start)
                }
                throw parser.error(
                    "expected an operator at character \(parser.token.start + 1), found \(parser.describe(parser.token))",
                    at: parser.token.start)
            }
            return .success(Formula(text: text, root: root, references: parser.references, program: parser.program))
        } catch let error as FormulaError {
            return .failure(error)
        } catch {
            return .failure(FormulaError(message: "\(error)", position: 1))
        }
    }

    enum Kind: Equatable {
        case number(Double)
        case word(String)
        case op(Character)
        case open, close, end
    }

    struct Token {
        var kind: Kind
        /// 0-based character offsets.
        var start: Int
        var end: Int
    }

    struct Parser {
        let chars: [Character]
        var offset = 0
        var token = Token(kind: .end, start: 0, end: 0)
        var references: [Formula.Reference] = []
        var program: [Formula.Step] = []
        private var componentIndex: [String: Int] = [:]

        init(_ chars: [Character]) throws {
            self.chars = chars
            try advance()
        }

        var peek: Kind { token.kind }

        func error(_ message: String, at offset: Int) -> FormulaError {
            FormulaError(message: message, position: offset + 1)
        }

        func describe(_ token: Token) -> String {
            switch token.kind {
            case .end: "the end"
            default: "\"" + String(chars[token.start..<token.end]) + "\""
            }
        }

        /// expression := term (("+" | "-") term)*
        mutating func expression() throws -> (Formula.Node, Range<Int>) {
            var (left, span) = try term()
            while case .op(let symbol) = peek, symbol == "+" || symbol == "-" {
                try advance()
                let (right, rightSpan) = try term()
                let op: Formula.Operator = symbol == "+" ? .add : .subtract
                program.append(op == .add ? .add : .subtract)
                left = .binary(op, left, right)
                span = span.lowerBound..<rightSpan.upperBound
            }
            return (left, span)
        }

        /// term := unary (("*" | "/") unary)*
        mutating func term() throws -> (Formula.Node, Range<Int>) {
            var (left, span) = try unary()
            while case .op(let symbol) = peek, symbol == "*" || symbol == "/" {
                try advance()
                let (right, rightSpan) = try unary()
                if symbol == "*" {
                    program.append(.multiply)
                    left = .binary(.multiply, left, right)
                } else {
                    program.append(.divide(divisor: String(chars[rightSpan])))
                    left = .binary(.divide, left, right)
                }
                span = span.lowerBound..<rightSpan.upperBound
            }
            return (left, span)
        }

        /// unary := "-" unary | primary
        mutating func unary() throws -> (Formula.Node, Range<Int>) {
            if case .op("-") = peek {
                let start = token.start
                try advance()
                let (inner, span) = try unary()
                program.append(.negate)
                return (.negate(inner), start..<span.upperBound)
            }
            return try primary()
        }

        /// primary := number | id | "(" expression ")"
        mutating func primary() throws -> (Formula.Node, Range<Int>) {
            let current = token
            switch current.kind {
            case .number(let value):
                try advance()
                program.append(.constant(value))
                return (.number(value), current.start..<current.end)
            case .word(let id):
                try advance()
                references.append(Formula.Reference(id: id, position: current.start + 1))
                let index = componentIndex[id] ?? componentIndex.count
                componentIndex[id] = index
                program.append(.component(index))
                return (.indicator(id), current.start..<current.end)
            case .open:
                try advance()
                let (inner, _) = try expression()
                guard peek == .close else {
                    if peek == .end {
                        throw error("\"(\" at character \(current.start + 1) is not closed", at: current.start)
                    }
                    throw error(
                        "expected \")\" or an operator at character \(token.start + 1), found \(describe(token))",
                        at: token.start)
                }
                let end = token.end
                try advance()
                return (inner, current.start..<end)
            default:
                let found = describe(current)
                throw error(
                    "expected a number, an indicator id or \"(\" at character \(current.start + 1), found \(found)",
                    at: current.start)
            }
        }

        /// Moves `token` to the next token.
        mutating func advance() throws {
            while offset < chars.count, chars[offset] == " " || chars[offset] == "\t" { offset += 1 }
            let start = offset
            guard offset < chars.count else {
                token = Token(kind: .end, start: start, end: start)
                return
            }
            let char = chars[offset]
            switch char {
            case "+", "-", "*", "/":
                offset += 1
                token = Token(kind: .op(char), start: start, end: offset)
            case "(":
                offset += 1
                token = Token(kind: .open, start: start, end: offset)
            case ")":
                offset += 1
                token = Token(kind: .close, start: start, end: offset)
            default:
                if let number = scanNumber() {
                    token = Token(kind: .number(number), start: start, end: offset)
                } else if Self.isWordStart(char) {
                    while offset < chars.count, Self.isWordStart(chars[offset]) || chars[offset] == "-" { offset += 1 }
                    token = Token(kind: .word(String(chars[start..<offset])), start: start, end: offset)
                } else {
                    throw error("unexpected character \"\(char)\" at character \(start + 1)", at: start)
                }
            }
        }

        /// A number at `offset`, consumed; nil (and nothing consumed) where the text is a word.
        private mutating func scanNumber() -> Double? {
            var end = offset
            func digits() -> Int {
                let from = end
                while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
                return end - from
            }
            let integer = digits()
            var simple = true
            if end < chars.count, chars[end] == "." {
                end += 1
                simple = false
                guard digits() > 0 || integer > 0 else { return nil }
            } else if integer == 0 {
                return nil
            }
            if end + 1 < chars.count, chars[end] == "e" || chars[end] == "E" {
                var probe = end + 1
                if chars[probe] == "+" || chars[probe] == "-" { probe += 1 }
                if probe < chars.count, chars[probe].isASCII, chars[probe].isNumber {
                    let saved = end
                    end = probe
                    _ = digits()
                    // `1e5x` is a word, not a number followed by an id.
                    if end < chars.count, Self.isWordStart(chars[end]) { end = saved } else { simple = false }
                }
            }
            // Digits that run on into letters or a hyphen are an id (`3d-printers`, `2-pop`).
            if simple, end < chars.count, Self.isWordStart(chars[end]) || chars[end] == "-" { return nil }
            guard let value = Double(String(chars[offset..<end])) else { return nil }
            offset = end
            return value
        }

        static func isWordStart(_ char: Character) -> Bool {
            guard let ascii = char.asciiValue else { return false }
            return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii)
        }
    }
}
