import ContrasteClaims

/// Where a claim is: its input's index and its index among that input's claims.
///
/// Comparison groups hold these (two 32-bit numbers) rather than claims, and the finders read
/// each claim in place through them (`inputs[claimAt:]`): a corpus has millions of claims, and
/// copying one retains each of its strings.
struct ClaimPosition: Sendable {
  var input: Int32
  var claim: Int32

  init(input: Int, claim: Int) {
    self.input = Int32(input)
    self.claim = Int32(claim)
  }
}

extension [ComparisonInput] {
  /// The claim at `position`, read in place: finders read a claim's fields without copying the
  /// claim (each copy retains a dozen strings).
  subscript(claimAt position: ClaimPosition) -> Claim {
    _read { yield self[Int(position.input)].claims.claims[Int(position.claim)] }
  }
}
