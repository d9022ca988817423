/// The parts of a workbook read before its sheets, each as a small streaming handler: the
/// relationships that say where parts are, `workbook.xml` (sheet names and order, the date
/// system), `sharedStrings.xml` (the text of string cells) and `styles.xml` (which cell styles
/// show dates).

/// `_rels/.rels` or `xl/_rels/workbook.xml.rels`: relationship ids to types and targets.
struct Relationships: XMLEvents {
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    var all: [Relationship] = []

    mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes) throws(WorkbookError) {
        guard spells(name, "Relationship"), let target = attributes.string("Target") else { return }
        all.append(Relationship(id: attributes.string("Id") ?? "", type: attributes.string("Type") ?? "", target: target))
    }

    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws(WorkbookError) {}
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {}

    /// The target of the first relationship whose type ends in `/kind` (`officeDocument`,
    /// `sharedStrings`, `styles`), as a path in the archive.
    func target(ofType kind: String, from folder: String) -> String? {
        all.first { $0.type.hasSuffix("/" + kind) }.map { Self.resolve($0.target, from: folder) }
    }

    /// `worksheets/sheet1.xml` from `xl/` is `xl/worksheets/sheet1.xml`; `/xl/…` is from the root.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for part in target.split(separator: "/") {
            if part == ".." {
                _ = parts.popLast()
            } else if part != "." {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}

/// `xl/workbook.xml`: the sheets in tab order and whether dates count from 1904.
struct WorkbookDescription: XMLEvents {
    struct SheetEntry {
        var name: String
        var relationship: String
        var hidden: Bool
    }

    var sheets: [SheetEntry] = []
    var date1904 = false

    mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes) throws(WorkbookError) {
        if spells(name, "sheet") {
            let state = attributes.string("state") ?? "visible"
            sheets.append(
                SheetEntry(name: attributes.string("name") ?? "", relationship: attributes.string("id") ?? "", hidden: state != "visible"))
        } else if spells(name, "workbookPr") {
            let value = attributes.string("date1904")
            date1904 = value == "1" || value == "true"
        }
    }

    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws(WorkbookError) {}
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// The shared strings, in one buffer: string cells hold an index into them. A rich-text string
/// is its runs' text joined; phonetic guides (`rPh`, furigana) are left out.
struct SharedStrings: XMLEvents {
    /// Starts with one byte so that the buffer always has an address.
    private(set) var storage: [UInt8] = [0]
    private var starts: [Int] = []
    private var inText = false
    private var inItem = false
    private var inPhonetic = false

    var count: Int { starts.count }

    /// The byte range of string `index` in ``storage``.
    func range(_ index: Int) -> Range<Int>? {
        guard index >= 0, index < starts.count else { return nil }
        return starts[index]..<(index + 1 < starts.count ? starts[index + 1] : storage.count)
    }

    mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes) throws(WorkbookError) {
        if spells(name, "si") {
            starts.append(storage.count)
            inItem = true
        } else if spells(name, "t") {
            inText = inItem && !inPhonetic
        } else if spells(name, "rPh") {
            inPhonetic = true
        } else if spells(name, "sst"), let count = attributes.string("uniqueCount").flatMap({ Int($0) }) {
            starts.reserveCapacity(min(count, 1 << 20))
        }
    }

    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws(WorkbookError) {
        if spells(name, "t") {
            inText = false
        } else if spells(name, "rPh") {
            inPhonetic = false
        } else if spells(name, "si") {
            inItem = false
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText { storage.append(contentsOf: bytes) }
    }
}

/// `xl/styles.xml`, reduced to what reading needs: for each cell style (`s` of a cell), whether
/// its number format shows a date.
struct CellStyles: XMLEvents {
    private(set) var dateStyles: [Bool] = []
    private var customDateFormats: Set<Int> = []
    private var inCellFormats = false

    func isDate(_ style: Int) -> Bool { style >= 0 && style < dateStyles.count && dateStyles[style] }

    mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes) throws(WorkbookError) {
        if spells(name, "numFmt") {
            if let id = attributes.string("numFmtId").flatMap({ Int($0) }), let code = attributes.string("formatCode"),
                CellValues.isDateFormat(code: code)
            {
                customDateFormats.insert(id)
            }
        } else if spells(name, "cellXfs") {
            inCellFormats = true
        } else if inCellFormats, spells(name, "xf") {
            let id = attributes.string("numFmtId").flatMap { Int($0) } ?? 0
            dateStyles.append(customDateFormats.contains(id) || (id < 164 && CellValues.isDateFormat(id: id)))
        }
    }

    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws(WorkbookError) {
        if spells(name, "cellXfs") { inCellFormats = false }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}
