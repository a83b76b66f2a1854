import ContrasteClaims
import ContrasteCompare

/// A report value that writes its own JSON, fields in UTF-8 order of their keys, absent
/// optionals left out: what `JSONEncoder` writes for its `Codable` form.
///
/// A field added to one of these types must be added here too; `JSONWriterTests` compares
/// each type's JSON with `JSONEncoder`'s and fails until it is.
protocol JSONWritable {
  /// Writes the value; its closing line is indented by `level` levels.
  func write(to writer: inout JSONWriter, level: Int)
}

extension Document: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    if let date {
      writer.key("date", in: &object)
      writer.string(date)
    }
    if let dateSource {
      writer.key("dateSource", in: &object)
      writer.string(dateSource)
    }
    writer.key("id", in: &object)
    writer.string(id)
    if let outlet {
      writer.key("outlet", in: &object)
      writer.string(outlet)
    }
    writer.key("path", in: &object)
    writer.string(path)
    if let title {
      writer.key("title", in: &object)
      writer.string(title)
    }
    writer.close(object)
  }
}

extension Evidence: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.key("article", in: &object)
    writer.string(article)
    writer.key("column", in: &object)
    writer.int(column)
    writer.key("end", in: &object)
    writer.int(end)
    writer.key("line", in: &object)
    writer.int(line)
    writer.key("quote", in: &object)
    writer.string(quote)
    writer.key("start", in: &object)
    writer.int(start)
    writer.close(object)
  }
}

extension EventCluster: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.key("id", in: &object)
    writer.string(id)
    writer.key("label", in: &object)
    writer.string(label)
    writer.key("mentions", in: &object)
    writer.array(mentions, level: level + 1) { writer, evidence, level in evidence.write(to: &writer, level: level) }
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
    writer.key("id", in: &object)
    writer.string(id)
    writer.close(object)
  }
}

extension FindingValue: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.key("articles", in: &object)
    writer.array(articles, level: level + 1)
    writer.key("attributed", in: &object)
    writer.bool(attributed)
    writer.key("display", in: &object)
    writer.string(display)
    writer.key("evidence", in: &object)
    writer.array(evidence, level: level + 1) { writer, evidence, level in evidence.write(to: &writer, level: level) }
    writer.key("independentSources", in: &object)
    writer.int(independentSources)
    writer.key("inferredIn", in: &object)
    writer.array(inferredIn, level: level + 1)
    writer.key("stated", in: &object)
    writer.bool(stated)
    writer.key("value", in: &object)
    writer.string(value)
    writer.close(object)
  }
}

extension Finding: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.key("attribute", in: &object)
    writer.string(attribute)
    writer.key("documents", in: &object)
    writer.array(documents, level: level + 1)
    if let event {
      writer.key("event", in: &object)
      writer.string(event)
    }
    if let eventLabel {
      writer.key("eventLabel", in: &object)
      writer.string(eventLabel)
    }
    writer.key("fingerprint", in: &object)
    writer.string(fingerprint)
    writer.key("kind", in: &object)
    writer.string(kind.rawValue)
    writer.key("message", in: &object)
    message.write(to: &writer, level: level + 1)
    writer.key("rule", in: &object)
    writer.string(rule)
    writer.key("severity", in: &object)
    writer.string(severity.rawValue)
    writer.key("values", in: &object)
    writer.array(values, level: level + 1) { writer, value, level in value.write(to: &writer, level: level) }
    writer.close(object)
  }
}

extension Skipped: JSONWritable {
  func write(to writer: inout JSONWriter, level: Int) {
    var object = writer.openObject(level: level)
    writer.key("path", in: &object)
    writer.string(path)
    writer.key("reason", in: &object)
    writer.string(reason)
    writer.close(object)
  }
}

extension Array: JSONWritable where Element == String {
  func write(to writer: inout JSONWriter, level: Int) { writer.array(self, level: level) }
}
