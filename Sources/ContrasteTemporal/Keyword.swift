/// Function words and temporal words the recognizer asks about by name.
///
/// The raw value is the Spanish spelling; the lexicon folds it with the tagger's `Folder`, so
/// `mañana` matches `MAÑANA` and `manana` alike when the folder drops the `ñ`.
enum Keyword: String, CaseIterable, Sendable {
  // Articles, determiners and quantifiers.
  case el, la, los, las, lo, un, una, unos, unas, uno
  case este, esta, estos, estas, ese, esa, esos, esas, aquel, aquella
  case su, sus, cada, todos, todas, toda, todo, mismo, misma, otro, otra, dicho, dicha, buena
  case media, medio, varios, varias, algunos, algunas, muchos, muchas, pocos, pocas
  // Prepositions and contractions.
  case a, al, de, del, en, desde, hasta, durante, entre, para, por, tras, hacia, antes
  case despues = "después"
  case dentro, partir, sobre, con, sin, ante, luego
  case segun = "según"
  // Conjunctions, pronouns and other function words.
  case y, e, o, u, que, cuando, pero, aunque, mientras, donde, como, si, ni, ya, no, se, le, les
  case menos
  case mas = "más"
  case tambien = "también"
  // Relative days and parts of day.
  case hoy, ayer, anteayer, antier, anoche, tarde, noche, madrugada
  case manana = "mañana"
  case medianoche
  case mediodia = "mediodía"
  // Deictic modifiers.
  case pasado, pasada, pasados, pasadas
  case proximo = "próximo"
  case proxima = "próxima"
  case proximos = "próximos"
  case proximas = "próximas"
  case ultimo = "último"
  case ultima = "última"
  case siguiente, anterior, entrante, viene
  case ultimos = "últimos"
  case ultimas = "últimas"
  case venidero, venidera, curso, presente, actual, corriente, hace
  case atras = "atrás"
  // Parts of periods.
  case primero, primera, fin, fines, finales, final, principios, principio, inicios, inicio, comienzos, comienzo
  case mediados, mitad, quincena
  // Calendar units without a number.
  case semana, semanas, mes, meses
  case dia = "día"
  case dias = "días"
  case ano = "año"
  case anos = "años"
  case trimestre, trimestres, semestre, semestres, cuatrimestre, bimestre
  case decada = "década"
  case siglo, hora, horas, hrs, hr, h, hs, min, minuto, minutos, segundo, segundos
  case am, pm, punto, cuarto, vez, veces, edad
  // Adverbs.
  case momento, momentos, futuro, ahora, actualmente, recientemente, diariamente, anualmente, mensualmente, semanalmente
  case trimestralmente, semestralmente, quincenalmente, actualidad
  // Seasons.
  case primavera, verano, invierno
  case otono = "otoño"
  // Numbers that are not dates follow these.
  case ciento, porciento, ley, decreto, expediente
  case articulo = "artículo"
  case numero = "número"
  case num = "núm"
  case n, nro, ruta, carretera, vuelo, calle, avenida, av, avda, colonia, col, plaza
  case linea = "línea"
  case hospital, escuela, primaria, secundaria, club, estadio, puente, barrio, paseo, glorieta
  case calzada, boulevard, bulevar, parque, fraccionamiento, unidad, puesto
  case posicion = "posición"
  case sala, km, asalto
  case kilometro = "kilómetro"
  case kilometros = "kilómetros"
  case telefono = "teléfono"
  case tel, lote, jornada, fecha, tomo
  case capitulo = "capítulo"
  case pagina = "página"
  case version = "versión"
  case modelo, numeral, inciso, apartado, folio, oficio, causa, caso, sentencia
  case fraccion = "fracción"
  case acuerdo, circular, norma, reglamento
  case resolucion = "resolución"
  case codigo = "código"
  case millones, mil, pesos, euros, personas, votos, puntos
  case millon = "millón"
  case dolares = "dólares"
}
