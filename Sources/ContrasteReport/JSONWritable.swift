import ContrasteClaims
import ContrasteCompare

/// A report value that writes its own JSON: what `JSONEncoder` writes for its `Codable` form.
///
/// Objects write their fields in UTF-8 order of their keys (absent optionals left out, by
/// `JSONWriter.field`). A field added to one of these types must be added here too;
/// `JSONWriterTests` compares each type's JSON with `JSONEncoder`'s and fails until it is.
protocol JSONWritable {
  /// Writes the value; its closing line is indented by `level` levels.
  func write(to writer: inout JSONWriter, level: Int)
}

extension String: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) { writer.string(self) }
}

extension Int: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) { writer.int(self) }
}

extension Bool: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) { writer.bool(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    writer.array(self, level: level) { writer, element, level in element.write(to: &writer, level: level) }
  }
}

extension Document: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.field("date", date, in: &object)
    writer.field("dateSource", dateSource, in: &object)
    writer.field("id", id, in: &object)
    writer.field("outlet", outlet, in: &object)
    writer.field("path", path, in: &object)
    writer.field("title", title, in: &object)
    writer.close(object)
  }
}

extension Evidence: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.field("article", article, in: &object)
    writer.field("column", column, in: &object)
    writer.field("end", end, in: &object)
    writer.field("line", line, in: &object)
    writer.field("quote", quote, in: &object)
    writer.field("start", start, in: &object)
    writer.close(object)
  }
}

extension EventCluster: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.field("id", id, in: &object)
    writer.field("label", label, in: &object)
    writer.field("mentions", mentions, in: &object)
    writer.close(object)
  }
}

extension Message: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.key("arguments", in: &object)
    var arguments = writer.openObject(level: level + 1)
    for key in self.arguments.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      writer.key(key, in: &arguments)
      writer.string(self.arguments[key] ?? "")
    }
    writer.close(arguments)
    writer.field("id", id, in: &object)
    writer.close(object)
  }
}

extension FindingValue: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.field("articles", articles, in: &object)
    writer.field("attributed", attributed, in: &object)
    writer.field("display", display, in: &object)
    writer.field("evidence", evidence, in: &object)
    writer.field("independentSources", independentSources, in: &object)
    writer.field("inferredIn", inferredIn, in: &object)
    writer.field("stated", stated, in: &object)
    writer.field("value", value, in: &object)
    writer.close(object)
  }
}

extension Finding: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.field("attribute", attribute, in: &object)
    writer.field("documents", documents, in: &object)
    writer.field("event", event, in: &object)
    writer.field("eventLabel", eventLabel, in: &object)
    writer.field("fingerprint", fingerprint, in: &object)
    writer.field("kind", kind.rawValue, in: &object)
    writer.field("message", message, in: &object)
    writer.field("rule", rule, in: &object)
    writer.field("severity", severity.rawValue, in: &object)
    writer.field("values", values, in: &object)
    writer.close(object)
  }
}

extension Skipped: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.field("path", path, in: &object)
    writer.field("reason", reason, in: &object)
    writer.close(object)
  }
}
