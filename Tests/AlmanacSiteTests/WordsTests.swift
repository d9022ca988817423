/// The theme's words: every key the code asks for is in every language's file, and phrases are
/// filled in once, so content with braces in it is never taken for a placeholder.
import AlmanacData
import Testing

@testable import AlmanacSite

@Suite struct WordsTests {
    @Test(arguments: Language.allCases) func everyKeyIsInEveryLanguagesFile(_ language: Language) throws {
        let table = try Words.table(of: language)
        let keys = Set(Words.Key.allCases.map(\.rawValue))
        #expect(keys.subtracting(table.keys).isEmpty, "missing in \(language.rawValue).yml")
        #expect(Set(table.keys).subtracting(keys).isEmpty, "not known to Words.Key")
        // Only the space between sentences may be empty (Chinese has none).
        #expect(table.filter { $0.value.isEmpty }.keys.allSatisfy { $0 == Words.Key.sentenceJoin.rawValue }, "an empty word")
    }

    @Test func phrasesAreFilledOnce() {
        let zh = Words(.zhCN), en = Words(.en)
        #expect(zh.rank(position: 1, of: 142) == "第1位（共142个）")
        #expect(en.rank(position: 22, of: 142) == "22nd of 142")
        #expect(en.phrase(.rose, ["name": "{last}", "first": "2016", "firstText": "{x}", "last": "2020", "lastText": "9"])
            == "{last} rose from {x} in 2016 to 9 in 2020")
        #expect(zh.phrase(.since, [:]) == "较{year}年")
        #expect(zh.year(2024) == "2024年" && en.years(2016, 2020) == "2016–2020")
    }

    /// A phrase is cut at its slots once; what is not a slot stays as it was written.
    @Test func phrasesKeepWhatIsNoSlot() {
        let values: KeyValuePairs<String, String> = ["b": "B", "year": "{b}"]
        #expect(Phrase("{a{b}").filled(values) == "{aB")
        #expect(Phrase("{unknown} and {b}").filled(values) == "{unknown} and B")
        #expect(Phrase("open {b").filled(values) == "open {b")
        #expect(Phrase("{}{b}{b}").filled(values) == "{}BB")
        #expect(Phrase("in {year}").filled(values) == "in {b}")
        #expect(Phrase("").filled(values) == "" && Phrase("plain").filled([:]) == "plain")
    }
}
