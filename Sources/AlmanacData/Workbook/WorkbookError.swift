/// Why a workbook cannot be read at all, with what to do about it. A cell's problems are
/// ``DataIssue``s of the observations reader instead, at the cell.
public enum WorkbookError: Error, Sendable, Equatable {
    /// An OLE compound file (signature D0 CF 11 E0): a password-protected workbook, or the old
    /// Excel 97–2003 format. `encrypted` when its directory names an encrypted package.
    case compoundFile(encrypted: Bool?)
    /// Not a ZIP file, or a damaged one.
    case notZip(String)
    /// A part every workbook has is missing (`xl/workbook.xml`, a sheet's XML).
    case missingPart(String)
    /// A part's XML cannot be read.
    case malformed(String)
    /// A part does not inflate, or its checksum is wrong.
    case damaged(String)

    public var message: String {
        switch self {
        case .compoundFile(let encrypted):
            let save = "save it as \"Excel Workbook (.xlsx)\""
            switch encrypted {
            case true?:
                return "workbook is encrypted (password-protected): Almanac cannot read it; in Excel remove the password "
                    + "(File › Info › Protect Workbook › Encrypt with Password, empty it) and \(save)"
            case false?:
                return "file is an old Excel 97–2003 workbook (.xls) under the name .xlsx: \(save)"
            case nil:
                return "file is encrypted (password-protected) or an old Excel 97–2003 workbook: remove the password and \(save)"
            }
        case .notZip(let detail):
            return "file is not a readable .xlsx workbook (\(detail)); open it in Excel or LibreOffice and save it again as .xlsx"
        case .missingPart(let part):
            return "workbook is damaged: it has no \(part); open it in Excel or LibreOffice and save it again"
        case .malformed(let detail):
            return "workbook is damaged: \(detail); open it in Excel or LibreOffice and save it again"
        case .damaged(let detail):
            return "workbook is damaged: \(detail); open it in Excel or LibreOffice and save it again"
        }
    }
}
