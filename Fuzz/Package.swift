// swift-tools-version:6.0
// Fuzz harnesses for Almanac's readers of untrusted text, built with libFuzzer:
//   swift build -c release -Xswiftc -sanitize=fuzzer,address   (see `make fuzz` and Fuzz/run)
// A package of its own, so that the main package builds and tests without libFuzzer.
import PackageDescription

let package = Package(
    name: "AlmanacFuzz",
    dependencies: [.package(name: "Almanac", path: "..")],
    targets: [
        .target(name: "LibFuzzerDriver"),
        .executableTarget(name: "FuzzCSV", dependencies: ["LibFuzzerDriver", .product(name: "AlmanacData", package: "Almanac")]),
        .executableTarget(name: "FuzzObservations", dependencies: ["LibFuzzerDriver", .product(name: "AlmanacData", package: "Almanac")]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["LibFuzzerDriver", .product(name: "AlmanacMarkdown", package: "Almanac")]),
        .executableTarget(name: "FuzzShortcodes", dependencies: ["LibFuzzerDriver", .product(name: "AlmanacMarkdown", package: "Almanac")]),
        .executableTarget(name: "FuzzWorkbook", dependencies: ["LibFuzzerDriver", .product(name: "AlmanacData", package: "Almanac")]),
        .executableTarget(
            name: "FuzzSidecar",
            dependencies: ["LibFuzzerDriver", .product(name: "AlmanacData", package: "Almanac"), .product(name: "AlmanacSite", package: "Almanac")]),
    ]
)
