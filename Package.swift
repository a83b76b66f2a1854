// swift-tools-version: 6.2
import PackageDescription

// The pipeline, one target per stage; dependencies point down the pipeline only:
//   contraste (CLI) → ContrasteCheck → ContrasteReport → ContrasteCompare → ContrasteClaims → ContrasteTemporal → ContrasteNormalizer → CICUBridge (C, ICU 72)
// Only the executable depends on ArgumentParser. Only CICUBridge's .c files include <unicode/*.h>.
// CMinHash (C) runs ContrasteCompare's copy-detection loops (MinHash signatures, shingles, pair
// screens, common shingles) as vector operations.
/// Warnings are errors in Contraste's own targets (not in dependencies).
let strictSwift: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
  name: "Contraste",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "contraste", targets: ["contraste"]),
    .library(name: "ContrasteNormalizer", targets: ["ContrasteNormalizer"]),
    .library(name: "ContrasteTemporal", targets: ["ContrasteTemporal"]),
    .library(name: "ContrasteClaims", targets: ["ContrasteClaims"]),
    .library(name: "ContrasteCompare", targets: ["ContrasteCompare"]),
    .library(name: "ContrasteReport", targets: ["ContrasteReport"]),
    .library(name: "ContrasteCheck", targets: ["ContrasteCheck"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .target(
      name: "CICUBridge",
      cSettings: [.treatAllWarnings(as: .error)],
      linkerSettings: [
        // Foundation's private ICU first: it and Debian's ICU export the same UCaseMap symbols,
        // and the library loaded first wins. Listing it here puts it ahead of libicuuc.so.72.
        .linkedLibrary("_FoundationICU", .when(platforms: [.linux])),
        .linkedLibrary("icui18n"),
        .linkedLibrary("icuuc"),
        .linkedLibrary("icudata"),
      ]
    ),
    // The comparer's copy-detection loops, in C for vector operations (see CMinHash.h).
    .target(
      name: "CMinHash",
      cSettings: [.treatAllWarnings(as: .error)]
    ),
    .target(
      name: "ContrasteNormalizer",
      dependencies: [
        "CICUBridge",
        .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: strictSwift
    ),
    .target(
      name: "ContrasteTemporal",
      dependencies: ["ContrasteNormalizer"],
      swiftSettings: strictSwift
    ),
    .target(
      name: "ContrasteClaims",
      dependencies: [
        "ContrasteNormalizer",
        "ContrasteTemporal",
        .product(name: "Yams", package: "Yams"),
      ],
      resources: [.copy("Resources/lexicon.yml")],
      swiftSettings: strictSwift
    ),
    .target(
      name: "ContrasteCompare",
      dependencies: ["ContrasteClaims", "ContrasteTemporal", "ContrasteNormalizer", "CMinHash"],
      swiftSettings: strictSwift
    ),
    .target(
      name: "ContrasteReport",
      dependencies: ["ContrasteCompare", "ContrasteClaims"],
      swiftSettings: strictSwift
    ),
    .target(
      name: "ContrasteCheck",
      dependencies: [
        "ContrasteReport", "ContrasteCompare", "ContrasteClaims", "ContrasteNormalizer",
        .product(name: "Yams", package: "Yams"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: strictSwift
    ),
    .executableTarget(
      name: "contraste",
      dependencies: [
        "ContrasteCheck",
        "ContrasteReport",
        "ContrasteCompare",
        "ContrasteNormalizer",
        "ContrasteTemporal",
        "ContrasteClaims",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSwift
    ),
    .executableTarget(
      name: "contraste-bench",
      dependencies: [
        "ContrasteNormalizer", "ContrasteTemporal", "ContrasteClaims", "ContrasteCompare", "ContrasteReport",
        "ContrasteCheck",
      ],
      path: "Benchmarks/contraste-bench",
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "ContrasteNormalizerTests",
      dependencies: ["ContrasteNormalizer"],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "ContrasteTemporalTests",
      dependencies: ["ContrasteTemporal", "ContrasteNormalizer"],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "ContrasteClaimsTests",
      dependencies: [
        "ContrasteClaims", "ContrasteTemporal", "ContrasteNormalizer", .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "ContrasteCompareTests",
      dependencies: [
        "ContrasteCompare", "ContrasteClaims", "ContrasteTemporal", "ContrasteNormalizer", "ContrasteReport",
      ],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "ContrasteReportTests",
      dependencies: ["ContrasteReport", "ContrasteCompare", "ContrasteClaims", "ContrasteNormalizer"],
      exclude: ["Snapshots"],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "ContrasteCLITests",
      dependencies: ["ContrasteNormalizer", "contraste"],
      swiftSettings: strictSwift
    ),
  ],
  swiftLanguageModes: [.v6]
)

// libFuzzer targets, only when asked for: they link libFuzzer's driver, which only a
// `-sanitize=fuzzer` build provides. See FUZZING.md.
if Context.environment["CONTRASTE_FUZZ"] != nil {
  let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
    ("fuzz-reader", ["ContrasteNormalizer"]),
    ("fuzz-fold", ["ContrasteNormalizer"]),
    ("fuzz-temporal", ["ContrasteTemporal", "ContrasteNormalizer"]),
    ("fuzz-numbers", ["ContrasteClaims", "ContrasteNormalizer"]),
    ("fuzz-claimtokens", ["ContrasteClaims", "ContrasteTemporal", "ContrasteNormalizer"]),
    // Yams too: the quick front-matter path is checked against the YAML parser.
    ("fuzz-frontmatter", ["ContrasteNormalizer", .product(name: "Yams", package: "Yams")]),
  ]
  package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"))
  package.targets.append(.target(name: "FuzzSupport", dependencies: ["FuzzDriver"], path: "Fuzz/FuzzSupport"))
  for target in fuzzTargets {
    package.targets.append(
      .executableTarget(
        name: target.name, dependencies: target.dependencies + ["FuzzSupport"], path: "Fuzz/\(target.name)"))
  }
}
