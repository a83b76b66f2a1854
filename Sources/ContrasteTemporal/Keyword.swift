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
  case a, al, de, del, en, desde, hasta, durante, entre, para, por, tras, hacia, antes, despues = "después"
  case dentro, partir, sobre, con, sin, ante, segun = "según", luego
  // Conjunctions, pronouns and other function words.
  case y, e, o, u, que, cuando, pero, aunque, mientras, donde, como, si, ni, ya, no, se, le, les
  case mas = "más", menos, tambien = "también"
  // Relative days and parts of day.
  case hoy, ayer, anteayer, antier, anoche, manana = "mañana", tarde, noche, madrugada
  case mediodia = "mediodía", medianoche
  // Deictic modifiers.
  case pasado, pasada, pasados, pasadas, proximo = "próximo", proxima = "próxima"
  case proximos = "próximos", proximas = "próximas", ultimo = "último", ultima = "última"
  case ultimos = "últimos", ultimas = "últimas", siguiente, anterior, entrante, viene
  case venidero, venidera, curso, presente, actual, corriente, hace, atras = "atrás"
  // Parts of periods.
  case primero, primera, fin, fines, finales, final, principios, principio, inicios, inicio, comienzos, comienzo
  case mediados, mitad, quincena
  // Calendar units without a number.
  case dia = "día", dias = "días", semana, semanas, mes, meses, ano = "año", anos = "años"
  case trimestre, trimestres, semestre, semestres, cuatrimestre, bimestre, decada = "década"
  case siglo, hora, horas, hrs, hr, h, hs, min, minuto, minutos, segundo, segundos
  case am, pm, punto, cuarto, vez, veces, edad
  // Adverbs.
  case momento, momentos, futuro, ahora, actualmente, recientemente, diariamente, anualmente, mensualmente, semanalmente
  case trimestralmente, semestralmente, quincenalmente, actualidad
  // Seasons.
  case primavera, verano, otono = "otoño", invierno
  // Numbers that are not dates follow these.
  case ciento, porciento, ley, decreto, articulo = "artículo", expediente, numero = "número", num = "núm"
  case n, nro, ruta, carretera, linea = "línea", vuelo, calle, avenida, av, avda, colonia, col, plaza
  case hospital, escuela, primaria, secundaria, club, estadio, puente, barrio, paseo, glorieta
  case calzada, boulevard, bulevar, parque, fraccionamiento, unidad, puesto, posicion = "posición"
  case sala, kilometro = "kilómetro", kilometros = "kilómetros", km, asalto, telefono = "teléfono"
  case tel, lote, jornada, fecha, capitulo = "capítulo", tomo, pagina = "página", version = "versión"
  case modelo, numeral, fraccion = "fracción", inciso, apartado, folio, oficio, causa, caso, sentencia
  case resolucion = "resolución", acuerdo, circular, norma, reglamento, codigo = "código"
  case millones, millon = "millón", mil, pesos, dolares = "dólares", euros, personas, votos, puntos
}
