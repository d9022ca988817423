// swift-tools-version:6.0
// Almanac: a static report site generator. The targets follow the pipeline:
// CSV and Markdown in (AlmanacData, AlmanacMarkdown), SVG charts (AlmanacCharts),
// a site composed of them (AlmanacSite), and a thin command line (almanac).
import PackageDescription

let package = Package(
    name: "Almanac",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "almanac", targets: ["almanac"]),
        .library(name: "AlmanacSite", targets: ["AlmanacSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "AlmanacData"),
        .target(
            name: "AlmanacMarkdown",
            dependencies: ["CCmark", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "AlmanacCharts"),
        .target(
            name: "AlmanacSite",
            dependencies: [
                "AlmanacData", "AlmanacMarkdown", "AlmanacCharts",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Theme")]
        ),
        .executableTarget(
            name: "almanac",
            dependencies: [
                "AlmanacSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "almanac-bench", dependencies: ["AlmanacData"], path: "Benchmarks/almanac-bench"),
        .testTarget(name: "AlmanacDataTests", dependencies: ["AlmanacData"]),
        .testTarget(name: "AlmanacMarkdownTests", dependencies: ["AlmanacMarkdown"]),
        .testTarget(name: "AlmanacChartsTests", dependencies: ["AlmanacCharts"], exclude: ["Snapshots"]),
        .testTarget(name: "AlmanacSiteTests", dependencies: ["AlmanacSite", "AlmanacData"]),
        .testTarget(name: "AlmanacCLITests", dependencies: ["almanac"]),
    ]
)
