// swift-tools-version: 6.1
import PackageDescription

// The pipeline, one target per stage; dependencies point down the pipeline only:
//   contraste (CLI) → ContrasteTemporal → ContrasteNormalizer → CICUBridge (C, ICU 72)
// Only the executable depends on ArgumentParser. Only CICUBridge's .c files include <unicode/*.h>.
let package = Package(
  name: "Contraste",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "contraste", targets: ["contraste"]),
    .library(name: "ContrasteNormalizer", targets: ["ContrasteNormalizer"]),
    .library(name: "ContrasteTemporal", targets: ["ContrasteTemporal"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .target(
      name: "CICUBridge",
      linkerSettings: [
        // Foundation's private ICU first: it and Debian's ICU export the same UCaseMap symbols,
        // and the library loaded first wins. Listing it here puts it ahead of libicuuc.so.72.
        .linkedLibrary("_FoundationICU", .when(platforms: [.linux])),
        .linkedLibrary("icui18n"),
        .linkedLibrary("icuuc"),
        .linkedLibrary("icudata"),
      ]
    ),
    .target(
      name: "ContrasteNormalizer",
      dependencies: [
        "CICUBridge",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "ContrasteTemporal",
      dependencies: ["ContrasteNormalizer"]
    ),
    .executableTarget(
      name: "contraste",
      dependencies: [
        "ContrasteNormalizer",
        "ContrasteTemporal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "contraste-bench",
      dependencies: ["ContrasteNormalizer", "ContrasteTemporal"],
      path: "Benchmarks/contraste-bench"
    ),
    .testTarget(
      name: "ContrasteNormalizerTests",
      dependencies: ["ContrasteNormalizer"]
    ),
    .testTarget(
      name: "ContrasteTemporalTests",
      dependencies: ["ContrasteTemporal", "ContrasteNormalizer"]
    ),
    .testTarget(
      name: "ContrasteCLITests",
      dependencies: ["ContrasteNormalizer"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
