import ContrasteNormalizer

/// Measures the tagger's throughput, for the benchmark executable.
public enum TemporalBenchmark {
  /// What one run measured.
  public struct Result: Sendable {
    /// UTF-8 bytes of text tagged (all repetitions).
    public let bytes: Int
    /// Mentions found (all repetitions).
    public let mentions: Int
    public let seconds: Double

    /// Throughput in megabytes (10^6 bytes) per second.
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }
  }

  /// Tags every text `repetitions` times with one tagger on the calling thread and times it
  /// (the tagger is built before the clock starts).
  public static func run(
    texts: [String], dct: DayDate?, repetitions: Int = 1, folder: Folder
  ) throws(ICUError) -> Result {
    let tagger = try TemporalTagger(folder: folder)
    var bytes = 0
    var mentions = 0
    let clock = ContinuousClock()
    let start = clock.now
    for _ in 0..<max(repetitions, 1) {
      for text in texts {
        bytes += text.utf8.count
        mentions += tagger.tag(text, dct: dct).count
      }
    }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return Result(bytes: bytes, mentions: mentions, seconds: seconds)
  }
}
