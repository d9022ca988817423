import Testing

@testable import AlmanacData

/// How formulas are read: precedence, unary minus, hyphenated ids, numbers, spaces, and every
/// parse error with the character it names.
@Suite struct FormulaParsingTests {
    func structure(_ text: String) -> String? {
        try? Formula.parse(text).get().structure
    }

    func error(_ text: String) -> FormulaError? {
        if case .failure(let error) = Formula.parse(text) { return error }
        return nil
    }

    @Test func precedenceAndAssociativity() {
        #expect(structure("patents / pop * 10000") == "((patents / pop) * 10000)")
        #expect(structure("a + b * c") == "(a + (b * c))")
        #expect(structure("a - b - c") == "((a - b) - c)")
        #expect(structure("a / b / c") == "((a / b) / c)")
        #expect(structure("(a + b) / 2") == "((a + b) / 2)")
        #expect(structure("a * (b - c)") == "(a * (b - c))")
    }

    @Test func unaryMinus() {
        #expect(structure("-a") == "(-a)")
        #expect(structure("-a * b") == "((-a) * b)")
        #expect(structure("a * -b") == "(a * (-b))")
        #expect(structure("a - -b") == "(a - (-b))")
        #expect(structure("-(a + b)") == "(-(a + b))")
    }

    @Test func hyphensBelongToIdsSpacesMakeSubtraction() throws {
        #expect(structure("gdp-per-cap * pop") == "(gdp-per-cap * pop)")
        #expect(structure("a-b") == "a-b")
        #expect(structure("a - b") == "(a - b)")
        #expect(structure("a -b") == "(a - b)")
        #expect(structure("3d-printers / pop") == "(3d-printers / pop)")
        #expect(structure("2-pop") == "2-pop")
        let formula = try Formula.parse("gdp-per-cap * pop / gdp-per-cap").get()
        #expect(formula.components == ["gdp-per-cap", "pop"])
        #expect(formula.references.map(\.position) == [1, 15, 21])
    }

    @Test func numbersAndSpaces() {
        #expect(structure("a * 10000") == "(a * 10000)")
        #expect(structure("a*2.5") == "(a * 2.5)")
        #expect(structure("a * 1e-3") == "(a * 0.001)")
        #expect(structure("a * 2.5E3") == "(a * 2500)")
        #expect(structure("a * .5") == "(a * 0.5)")
        #expect(structure("\t a  /  b ") == "(a / b)")
        #expect(structure("((a))") == "a")
    }

    @Test func evaluatesWithPrecedence() throws {
        let formula = try Formula.parse("-a + b * 2 / (c - 1)").get()
        var stack: [(value: Double, scale: Double)] = []
        // -3 + 4 · 2 / (5 - 1) = -3 + 2 = -1
        #expect(formula.evaluate([3, 4, 5], stack: &stack) == .value(-1))
        #expect(formula.evaluate([3, 4, 1], stack: &stack) == .divisionByZero("(c - 1)"))
    }

    @Test func errorsNameTheCharacter() {
        #expect(error("patents / / pop") == FormulaError(
            message: "expected a number, an indicator id or \"(\" at character 11, found \"/\"", position: 11))
        #expect(error("a *") == FormulaError(
            message: "expected a number, an indicator id or \"(\" at character 4, found the end", position: 4))
        #expect(error("(a + b") == FormulaError(message: "\"(\" at character 1 is not closed", position: 1))
        #expect(error("a + b)") == FormulaError(message: "unexpected \")\" at character 6", position: 6))
        #expect(error("a b") == FormulaError(message: "expected an operator at character 3, found \"b\"", position: 3))
        #expect(error("a % b") == FormulaError(message: "unexpected character \"%\" at character 3", position: 3))
        #expect(error("Pop / 2") == FormulaError(message: "unexpected character \"P\" at character 1", position: 1))
        #expect(error("人口 / 2")?.position == 1)
        #expect(error("(a b)") == FormulaError(
            message: "expected \")\" or an operator at character 4, found \"b\"", position: 4))
        #expect(error("a * ()")?.position == 6)
    }
}
