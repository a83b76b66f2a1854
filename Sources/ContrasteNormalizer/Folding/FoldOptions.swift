/// How text is folded into matching keys.
public struct FoldOptions: Sendable, Hashable, Codable {
  /// Keep `ñ` distinct from `n`, as Spanish collation does (default true).
  public var keepEnye: Bool
  /// Unify typographic variants: curly quotes and guillemets, dashes, special spaces, soft hyphens.
  public var unifyTypography: Bool

  public init(keepEnye: Bool = true, unifyTypography: Bool = true) {
    self.keepEnye = keepEnye
    self.unifyTypography = unifyTypography
  }

  /// The ICU transliterator ID whose result the fast path reproduces exactly (before typography).
  public var transliteratorID: String {
    keepEnye
      ? "NFC; [^ñÑ] NFD; [:Nonspacing Mark:] Remove; NFC; Lower"
      : "NFD; [:Nonspacing Mark:] Remove; NFC; Lower"
  }
}
