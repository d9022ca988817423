import Foundation
import Testing

/// The Markdown pipeline edits libcmark's C tree in place; a node used after it was freed goes
/// unnoticed by Swift and by AddressSanitizer (libcmark is not instrumented). valgrind sees it.
@Suite struct MemoryCheckTests {
    static let site = [
        "Content/regions.csv": "id,name,parent\nqz,衢州市,\nkc,柯城区,qz\n",
        "Content/indicators.csv": "id,name,unit,category,aggregate,decimals,direction\npatents,有效发明专利,件,创新,sum,0,up\n",
        "Content/data/2024.csv": "region,year,patents\nqz,2023,4573\nqz,2024,5590\nkc,2024,1200\n",
        "Content/index.md": "# 标题 *强调* `代码` {{< value patents qz 2024 >}}\n\n段落{{< change patents qz 2024 >}}，\n继续 **粗体 {{< rank patents kc 2024 >}}** [链接](/regions/qz/)。\n\n"
            + "<div>raw</div>\n\n## 二 <b>inline</b> {{< value patents qz 2024 >}}\n\n![图](javascript:x) [坏](javascript:y)\n\n"
            + "```chart\ntype: line\nindicator: patents\nregion: qz\n```\n\n```table\nindicator: patents\nchildren: qz\n```\n\n### 三 {{< bogus >}}\n",
    ]

    @Test func markdownTreeEditsTouchNoFreedMemory() throws {
        let root = try CommandLineTests().site(Self.site)
        defer { try? FileManager.default.removeItem(at: root) }
        // valgrind 3.19 cannot read the DWARF 5 that clang 21 writes: it checks a copy without it.
        let executable = root.appendingPathComponent("bin/almanac")
        try FileManager.default.createDirectory(at: executable.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandLineTests.executable, to: executable)
        let resources = CommandLineTests.executable.deletingLastPathComponent().appendingPathComponent("Almanac_AlmanacSite.resources")
        try FileManager.default.copyItem(at: resources, to: executable.deletingLastPathComponent().appendingPathComponent(resources.lastPathComponent))
        let env = URL(fileURLWithPath: "/usr/bin/env")
        let strip = try CommandLineTests().run(["strip", "--strip-debug", executable.path], program: env)
        try #require(strip.status == 0, "strip: \(strip.stderr)")
        let result = try CommandLineTests().run(["valgrind", "--error-limit=no", executable.path, "check", "--site", root.path], program: env)
        try #require(result.stderr.contains("ERROR SUMMARY"), "valgrind did not run (run `make test` once to install it): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("error: unknown shortcode \"bogus\""))
        let invalid = result.stderr.split(separator: "\n").filter {
            $0.contains("Invalid read") || $0.contains("Invalid write") || $0.contains("Invalid free") || $0.contains("Mismatched free")
        }
        #expect(invalid == [], "\(result.stderr)")
    }
}
