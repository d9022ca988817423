/// A formula indicator's definition (`patents / pop * 10000`): its expression tree, the
/// indicators it reads, and a compiled form that evaluates it for one region and year.
public struct Formula: Sendable, Hashable {
    public indirect enum Node: Sendable, Hashable {
        case number(Double)
        case indicator(String)
        case negate(Node)
        case binary(Operator, Node, Node)
    }

    public enum Operator: Character, Sendable, Hashable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
    }

    /// An indicator id in the text and the 1-based character where it starts, for messages.
    public struct Reference: Sendable, Hashable {
        public var id: String
        public var position: Int
    }

    /// As written in indicators.csv.
    public let text: String
    public let root: Node
    /// The indicators it reads, in the order they first appear.
    public let components: [String]
    /// Every id in the text, in order, with its place.
    public let references: [Reference]
    /// Postfix steps, component reads by index into ``components``.
    let program: [Step]

    enum Step: Sendable, Hashable {
        case constant(Double)
        case component(Int)
        case negate
        case add, subtract, multiply
        /// The text of the divisor, for saying why a figure is missing when it is zero.
        case divide(divisor: String)
    }

    init(text: String, root: Node, references: [Reference], program: [Step]) {
        self.text = text
        self.root = root
        self.references = references
        var seen: Set<String> = []
        components = references.map(\.id).filter { seen.insert($0).inserted }
        self.program = program
    }

    /// Parses `text`; see ``FormulaParser``.
    public static func parse(_ text: String) -> Result<Formula, FormulaError> {
        FormulaParser.parse(text)
    }

    /// The tree with every operation in parentheses, e.g. `((patents / pop) * 10000)`: how the
    /// formula was read.
    public var structure: String { Self.describe(root) }

    private static func describe(_ node: Node) -> String {
        switch node {
        case .number(let value): NumberFormat.plain(value)
        case .indicator(let id): id
        case .negate(let inner): "(-\(describe(inner)))"
        case .binary(let op, let left, let right): "(\(describe(left)) \(op.rawValue) \(describe(right)))"
        }
    }

    /// The outcome of evaluating at one region and year.
    enum Outcome: Equatable {
        case value(Double)
        /// A divisor was zero: its text.
        case divisionByZero(String)
        /// The result overflowed.
        case outOfRange
    }

    /// Evaluates with `values[i]` the figure of `components[i]`; `stack` is scratch space reused
    /// across calls (a formula is evaluated at every region and year). The result is rounded to
    /// 15 significant digits of its scale: the magnitude its rounding error is relative to, the
    /// larger operand of a sum or difference, so that `a - b` of near figures carries no noise.
    /// A component that was itself computed (`rounded[i]`: rolled up or a formula's, so already
    /// rounded to 15 digits) counts ten times its size: its error is in its 15th digit, not below
    /// it, and `gdp / pop` of a `gdp` that is `gdp-per-cap * pop` is then `gdp-per-cap` again
    /// rather than 5745.16021299998.
    func evaluate(_ values: [Double], rounded: [Bool] = [], stack: inout [(value: Double, scale: Double)]) -> Outcome {
        stack.removeAll(keepingCapacity: true)
        for step in program {
            switch step {
            case .constant(let value): stack.append((value, abs(value)))
            case .component(let index):
                let inexact = index < rounded.count && rounded[index]
                stack.append((values[index], abs(values[index]) * (inexact ? 10 : 1)))
            case .negate: stack[stack.count - 1].value.negate()
            case .add, .subtract, .multiply, .divide:
                let right = stack.removeLast()
                let left = stack.removeLast()
                switch step {
                case .add: stack.append((left.value + right.value, Swift.max(left.scale, right.scale)))
                case .subtract: stack.append((left.value - right.value, Swift.max(left.scale, right.scale)))
                // Relative errors add up through products and quotients: the scales multiply.
                case .multiply: stack.append((left.value * right.value, left.scale * right.scale))
                case .divide(let divisor):
                    guard right.value != 0 else { return .divisionByZero(divisor) }
                    stack.append((left.value / right.value, left.scale * right.scale / (right.value * right.value)))
                default: break
                }
            }
        }
        guard let result = stack.last, result.value.isFinite else { return .outOfRange }
        return .value(Significant.round15(result.value, scale: result.scale.isFinite ? result.scale : 0))
    }
}

/// Why a formula cannot be read, with the 1-based character position the message names.
public struct FormulaError: Error, Sendable, Hashable {
    public var message: String
    public var position: Int
}
