import ContrasteClaims

/// Where a claim is: its input's index and its index among that input's claims.
///
/// Comparison groups hold these (two 32-bit numbers) rather than claims: a corpus has millions
/// of claims, and copying them while grouping, on one thread, cost more than comparing them on
/// every worker.
struct ClaimPosition: Sendable {
  var input: Int32
  var claim: Int32

  init(input: Int, claim: Int) {
    self.input = Int32(input)
    self.claim = Int32(claim)
  }

  /// The claim with its input's index, as the comparison's finders take them.
  func entry(in inputs: [ComparisonInput]) -> (claim: Claim, input: Int) {
    (inputs[Int(input)].claims.claims[Int(claim)], Int(input))
  }
}
