/// Gives each line of an article its role: body, heading, dateline or a kind of boilerplate.
///
/// Boilerplate is marked, never deleted: photo credits and captions, bylines, a bullet summary
/// before the story, a metadata line (` date 2025-12-11 …`) and a trailing related headline.
struct LineClassifier {
  let folder: Folder
  let datelines: DatelineParser

  /// What the classifier found.
  struct Layout {
    var lines: [Line]
    var dateline: Dateline?
    var metadataDate: PublicationDate?
    /// The whole text folded (nil if ICU failed), for later stages to reuse.
    var folded: FoldedText?
  }

  /// The lines of `text` (whose scalars are `scalars`) with their roles; the first `frontMatterLines` lines are front matter.
  func classify(_ text: String, _ scalars: [Unicode.Scalar], frontMatterLines: Int, markdown: Bool) -> Layout {
    var lines = Self.split(scalars).enumerated().map { index, range in
      Line(range: range, role: index < frontMatterLines ? .frontMatter : .body)
    }
    var layout = Layout(lines: [])
    // Fold the article once; each line's key is a slice of it.
    let folded = try? folder.fold(text)
    layout.folded = folded
    // A line's key is one decode of its folded bytes; lines come in order, so a cursor walking
    // the folded UTF-8 forward finds each line's bytes.
    var cursor = (scalar: 0, byte: 0)
    func byteOffset(ofFolded target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
      while cursor.scalar < target, cursor.byte < bytes.count {
        if bytes[cursor.byte] < 0x80 {
          // In a run of ASCII bytes and scalars advance together: skipped eight at a time.
          let limit = min(bytes.count, cursor.byte + (target - cursor.scalar))
          let end = UTF8Scalar.asciiRunEnd(bytes, from: cursor.byte, limit: limit)
          cursor.scalar += end - cursor.byte
          cursor.byte = end
        } else {
          cursor.byte += UTF8Scalar.length(lead: bytes[cursor.byte])
          cursor.scalar += 1
        }
      }
      return min(cursor.byte, bytes.count)
    }
    // A line's folded UTF-8 without the whitespace around it (empty when ICU failed).
    func key(_ line: Line, _ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
      guard let folded else { return UnsafeBufferPointer(rebasing: bytes[0..<0]) }
      let start = byteOffset(ofFolded: folded.foldedOffset(ofOriginal: line.range.lowerBound), in: bytes)
      let end = byteOffset(ofFolded: folded.foldedOffset(ofOriginal: line.range.upperBound), in: bytes)
      return UTF8Scalar.trimmingWhitespace(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    (folded?.utf8 ?? []).withUnsafeBufferPointer { bytes in
      for index in lines.indices where lines[index].role == .body {
        let folded = key(lines[index], bytes)
        if folded.isEmpty {
          lines[index].role = .blank
        } else if Self.isCredit(folded) {
          lines[index].role = .credit
        } else if markdown, folded[0] == UInt8(ascii: "#") {
          lines[index].role = .heading
        }
      }
    }
    // A metadata line opens the article: ` date 2025-12-11 …`.
    if let first = lines.firstIndex(where: { $0.role != .blank && $0.role != .frontMatter }) {
      let line = lines[first]
      let leading = scalars[line.range].prefix { UTF8Scalar.isWhitespace($0.value) }.count
      let body = scalars[line.range].dropFirst(leading)
      if body.starts(with: "date ".unicodeScalars) {
        let dateStart = line.range.lowerBound + leading + 5
        let dateText = String(String.UnicodeScalarView(scalars[dateStart..<min(dateStart + 10, line.range.upperBound)]))
        if let date = DayDate(iso: dateText) {
          lines[first].role = .metadata
          layout.metadataDate = PublicationDate(date, source: .metadataLine, evidence: dateStart..<(dateStart + 10))
        }
      }
    }
    // The header: bullets, dateline and bylines before the story starts. A dateline may come
    // after a headline or a photo caption; those lines are then marked too.
    var headerLines = 0
    var beforeDateline: [Int] = []
    for index in lines.indices where lines[index].role == .body {
      headerLines += 1
      guard headerLines <= 6 else { break }
      let line = lines[index]
      let first = scalars[line.range].first { !UTF8Scalar.isWhitespace($0.value) }
      if beforeDateline.isEmpty, let first, ["•", "▪", "◦", "●", "►", "■", "*", "-", "–"].contains(first) {
        lines[index].role = .bulletSummary
        continue
      }
      if let dateline = datelines.parse(scalars[line.range], lineStart: line.range.lowerBound) {
        layout.dateline = dateline
        // What came between the byline and the dateline: a headline or a photo caption.
        for earlier in beforeDateline {
          lines[earlier].role = isHeadingLike(scalars, lines[earlier].range) ? .heading : .credit
        }
        if dateline.range.upperBound >= trimmedEnd(scalars, line.range) {
          lines[index].role = .dateline
          continue
        }
        break
      }
      if beforeDateline.isEmpty, isByline(scalars[line.range]) {
        lines[index].role = .byline
        continue
      }
      // A short line may still be a headline or caption above the dateline; keep looking.
      guard line.range.count <= 200, beforeDateline.count < 2 else { break }
      beforeDateline.append(index)
    }
    // Headings and a trailing related headline.
    let content = lines.indices.filter { lines[$0].role != .blank && lines[$0].role != .frontMatter }
    for index in content where lines[index].role == .body && isHeadingLike(scalars, lines[index].range) {
      let isLast = index == content.last && index != content.first
      if isLast, index > 0, lines[index - 1].role == .blank {
        lines[index].role = .relatedHeadline
      } else if !isLast {
        lines[index].role = .heading
      }
    }
    layout.lines = lines
    return layout
  }

  /// Line ranges without their line breaks (`\n`, `\r\n` or `\r`).
  static func split(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    scalars.withUnsafeBufferPointer { scalars in
      // Line breaks are rare: found eight scalars at a time.
      var index = ScalarScan.next("\n", or: "\r", in: scalars, from: 0)
      while index < scalars.count {
        ranges.append(start..<index)
        if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
        start = index + 1
        index = ScalarScan.next("\n", or: "\r", in: scalars, from: index + 1)
      }
    }
    if start < scalars.count { ranges.append(start..<scalars.count) }
    return ranges
  }

  /// `Crédito foto: …`, `Crédito: X @SRE_mx`, `Foto: …`: the line's folded UTF-8, trimmed.
  static func isCredit(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
    // Every credit label contains `credito`: most lines are ruled out by one scan.
    if UTF8Scalar.contains(folded, "credito") {
      let labels: [StaticString] = [
        "credito:", "creditos:", "credito foto:", "credito de foto:", "credito de la foto:",
      ]
      if labels.contains(where: { UTF8Scalar.contains(folded, $0) }) { return true }
    }
    // The other labels start with `f` or `i`: most lines are ruled out by their first byte.
    guard let first = folded.first, first == UInt8(ascii: "f") || first == UInt8(ascii: "i") else { return false }
    let labels: [StaticString] = ["foto:", "fotos:", "fotografia:", "imagen:", "foto cortesia"]
    return labels.contains { label in
      folded.starts(with: UnsafeBufferPointer(start: label.utf8Start, count: label.utf8CodeUnitCount))
    }
  }

  private func trimmedEnd(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
    var end = range.upperBound
    while end > range.lowerBound, UTF8Scalar.isWhitespace(scalars[end - 1].value) { end -= 1 }
    return end
  }

  /// A short capitalised name with no sentence punctuation: `Judith Moreno`, `Por Ana Ruiz`.
  private func isByline(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    // Names are letters, spaces, `.`, `-` and `'` (and combining marks: `Redacción` may come
    // decomposed, and still equals the agency name): a comma, digit or colon rules the line out
    // before it is split into words (most header lines are sentences).
    let allowed = line.allSatisfy { scalar in
      if scalar.value < 0x80 {
        return (scalar.value | 0x20) &- 0x61 < 26 || scalar == " " || scalar == "." || scalar == "-" || scalar == "'"
      }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: return true
      default: return scalar.properties.isAlphabetic
      }
    }
    guard allowed else { return false }
    // At most six words (`Por` and five names): count them before building any string.
    var wordCount = 0
    var previous: Unicode.Scalar = " "
    for scalar in line {
      if scalar != " ", previous == " " {
        wordCount += 1
        if wordCount > 6 { return false }
      }
      previous = scalar
    }
    let text = String(scalars: line)
    var words = text.split(separator: " ").map(String.init)
    if words.first == "Por" { words.removeFirst() }
    if words.count == 1, ["Redacción", "Agencias", "EFE", "AFP", "Reuters", "AP", "Staff"].contains(words[0]) {
      return true
    }
    guard (2...5).contains(words.count) else { return false }
    let particles: Set<String> = ["de", "del", "la", "las", "los", "y", "e", "da", "dos", "van", "von"]
    return words.allSatisfy { word in
      if particles.contains(word) { return true }
      guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
      return word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "." || $0 == "-" || $0 == "'" }
    }
  }

  /// No sentence-final punctuation, capitalised, short: a section heading or a headline.
  private func isHeadingLike(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    let end = trimmedEnd(scalars, range)
    var start = range.lowerBound
    while start < end, UTF8Scalar.isWhitespace(scalars[start].value) { start += 1 }
    guard start < end, end - start <= 150 else { return false }
    // ASCII answered without Unicode property tables: this runs on every line.
    let last = scalars[end - 1]
    let endsWell =
      last.value < 0x80
      ? UTF8Scalar.asciiAlphanumerics[Int(last.value)] || last == ")"
      : last.properties.isAlphabetic || last.properties.numericType != nil
    guard endsWell else { return false }
    let first = scalars[start]
    let startsWell =
      first.value < 0x80
      ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase || first == "¿" || first == "¡"
    guard startsWell else { return false }
    let words = scalars[start..<end].split(separator: " ").count
    return (2...20).contains(words)
  }
}
