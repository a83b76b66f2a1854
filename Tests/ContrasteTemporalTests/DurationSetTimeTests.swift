import ContrasteTemporal
import Testing

/// Durations, sets and clock times (DCT Tuesday 2025-12-16).
@Suite struct DurationSetTimeTests {
  static let durationCases: [TagCase] = [
    TagCase("Los mineros estuvieron atrapados durante cuatro días.", "cuatro días → P4D"),
    TagCase("El juez le impuso 12 años de prisión.", "12 años → P12Y"),
    TagCase("La sesión duró siete horas y media.", "siete horas y media → PT7H30M"),
    TagCase("La operación tardó tres horas y cuarenta minutos.", "tres horas y cuarenta minutos → PT3H40M"),
    TagCase("La vigencia del permiso es de seis meses.", "seis meses → P6M"),
    TagCase("El paro se mantuvo un año y medio.", "un año y medio → P1Y6M"),
    TagCase("La evacuación tomó media hora.", "media hora → PT30M"),
    TagCase("El bloqueo cumple 72 horas.", "72 horas → PT72H"),
    TagCase("Durante las últimas dos semanas no ha llovido.", "dos semanas → P2W"),
  ]

  static let setCases: [TagCase] = [
    TagCase("El festival se repite cada dos años en la ciudad.", "cada dos años → P2Y"),
    TagCase("Los reportes se publican semanalmente en el portal.", "semanalmente → P1W"),
    TagCase("El tren pasa todos los días por el pueblo.", "todos los días → P1D"),
    TagCase("La revisión se hace cada mes.", "cada mes → P1M"),
    TagCase("Los domingos el centro se cierra a los autos.", "Los domingos → XXXX-WXX-7"),
    TagCase("El tianguis se instala cada lunes en la plaza.", "cada lunes → XXXX-WXX-1"),
  ]

  static let timeCases: [TagCase] = [
    TagCase("El simulacro comenzará a las 11:30 horas.", "11:30 horas → 2025-12-16T11:30"),
    TagCase(
      "El 2 de enero, a las 8 de la mañana, reabrirán las oficinas.", "2 de enero → 2026-01-02",
      "8 de la mañana → 2026-01-02T08:00"),
    TagCase(
      "El accidente ocurrió ayer a las 10 de la noche.", "ayer → 2025-12-15", "10 de la noche → 2025-12-15T22:00"),
    TagCase("El vuelo aterrizó a las 6.45 horas en Cancún.", "6.45 horas → 2025-12-16T06:45"),
    TagCase("La conferencia será al mediodía del viernes.", "mediodía → 2025-12-19T12:00", "viernes → 2025-12-19"),
    TagCase("La casilla abrirá a las nueve y media.", "nueve y media → 2025-12-16T09:30"),
    TagCase("La reunión empezó a las 7 p. m. en el cabildo.", "7 p. m. → 2025-12-16T19:00"),
  ]

  @Test(arguments: durationCases) func durations(_ testCase: TagCase) throws { try testCase.check() }
  @Test(arguments: setCases) func sets(_ testCase: TagCase) throws { try testCase.check() }
  @Test(arguments: timeCases) func clockTimes(_ testCase: TagCase) throws { try testCase.check() }

  @Test func durationsAndSetsAreTyped() throws {
    let mentions = try TaggerFixture.tag("Cada año la feria dura tres semanas.", dct: "2025-12-16")
    #expect(mentions.map(\.type) == [.set, .duration])
    #expect(mentions.map(\.value) == ["P1Y", "P3W"])
    #expect(mentions.allSatisfy { $0.anchor == .absolute && $0.interval == nil })
  }

  @Test func aTimeTakesTheDayOfItsSentence() throws {
    let mentions = try TaggerFixture.tag(
      "El 11 de diciembre de 2025, a las 9:15 horas, se abrieron las urnas.", dct: nil)
    let time = try #require(mentions.last)
    #expect(time.type == .time)
    #expect(time.value == "2025-12-11T09:15")
    #expect(time.anchor == .absolute)
    #expect(time.timex.hour == 9)
    #expect(time.timex.minute == 15)
  }
}
