import ContrasteNormalizer
import ContrasteTemporal

extension ClaimExtractor {
  /// The comparable value of a temporal mention: the days it covers.
  ///
  /// Durations, sets and unresolved values (`XXXX-12-11`) cannot date an event and give nil.
  static func dateValue(_ mention: TemporalMention, dctInferred: Bool = false) -> (key: String, date: DateValue)? {
    // A clock time alone (`a las 11:00 horas`) takes its day from the DCT, not from the text.
    guard mention.type == .date || (mention.type == .time && mention.timex.hour == nil),
      let interval = mention.interval, mention.anchor != .none
    else { return nil }
    // A part of a day (`2025-12-11TMO`) dates the day.
    let key = mention.type == .time ? String(mention.value.prefix { $0 != "T" }) : mention.value
    let value = DateValue(
      timex: mention.value, first: interval.lowerBound, last: interval.upperBound,
      granularity: mention.granularity.rawValue,
      anchor: dctInferred && mention.anchor == .dct ? "inferred" : mention.anchor.rawValue)
    return (key, value)
  }
}
