// swift-tools-version:6.0
// Almanac: a static report site generator. The targets follow the pipeline:
// CSV and Markdown in (AlmanacData, AlmanacMarkdown), SVG charts (AlmanacCharts),
// a site composed of them (AlmanacSite), the preview server on it (AlmanacServer), and a thin
// command line (almanac).
import PackageDescription

let package = Package(
    name: "Almanac",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "almanac", targets: ["almanac"]),
        .library(name: "AlmanacSite", targets: ["AlmanacSite"]),
        // The readers on their own, for the fuzz harnesses in Fuzz/ (a package of its own).
        .library(name: "AlmanacData", targets: ["AlmanacData"]),
        .library(name: "AlmanacMarkdown", targets: ["AlmanacMarkdown"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // Already Hummingbird's; named for the preview server's connection limits (AlmanacServer/HTTP).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The ZIP container of Excel workbooks (data/*.xlsx).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CFileSwap"),
        .systemLibrary(name: "CSystemZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSystemXXHash", pkgConfig: "libxxhash", providers: [.apt(["libxxhash-dev"])]),
        .target(name: "AlmanacData", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Bytes of HTML and SVG and the one escaping of content, shared by Markdown, charts and site.
        .target(name: "AlmanacMarkup"),
        .target(
            name: "AlmanacMarkdown",
            dependencies: ["AlmanacMarkup", "CCmark", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "AlmanacCharts", dependencies: ["AlmanacMarkup"]),
        // Choropleth maps drawn at build time from GeoJSON/TopoJSON boundaries.
        .target(name: "AlmanacMaps", dependencies: ["AlmanacMarkup"]),
        .target(
            name: "AlmanacSite",
            dependencies: [
                "AlmanacData", "AlmanacMarkup", "AlmanacMarkdown", "AlmanacCharts", "AlmanacMaps", "CFileSwap", "CSystemZlib",
                "CSystemXXHash",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Theme"), .copy("Starter")]
        ),
        .target(
            name: "AlmanacServer",
            dependencies: [
                "AlmanacSite", "AlmanacMarkdown",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "almanac",
            dependencies: [
                "AlmanacSite", "AlmanacServer", "AlmanacMarkdown",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "almanac-bench",
            dependencies: ["AlmanacData", "AlmanacMarkdown", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Benchmarks/almanac-bench"),
        .executableTarget(name: "almanac-maps-bench", dependencies: ["AlmanacMaps"], path: "Benchmarks/almanac-maps-bench"),
        .testTarget(name: "AlmanacDataTests", dependencies: ["AlmanacData"]),
        .testTarget(name: "AlmanacMarkupTests", dependencies: ["AlmanacMarkup"]),
        .testTarget(name: "AlmanacMarkdownTests", dependencies: ["AlmanacMarkdown"]),
        .testTarget(name: "AlmanacChartsTests", dependencies: ["AlmanacCharts"], exclude: ["Snapshots"]),
        .testTarget(name: "AlmanacMapsTests", dependencies: ["AlmanacMaps"], exclude: ["Snapshots"]),
        .testTarget(name: "AlmanacSiteTests", dependencies: ["AlmanacSite", "AlmanacData"]),
        .testTarget(name: "AlmanacServerTests", dependencies: ["AlmanacServer", "AlmanacSite"]),
        .testTarget(name: "AlmanacCLITests", dependencies: ["almanac"]),
    ]
)
