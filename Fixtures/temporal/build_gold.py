#!/usr/bin/env python3
"""Build the hand-made gold standard for the Spanish TIMEX3 tagger.

Usage:  python3 Fixtures/temporal/build_gold.py [--lint]

Cases are authored below as Python calls: the sentence, the DCT and, for each
mention, its exact substring plus a value.  Values that depend on the DCT are
written as helper calls (rel(-1), md(12, 11, P), wd("martes", "le"), wk(-1) ...)
and are COMPUTED here with datetime, never typed by hand.  The script finds the
character offsets (Python str indices = Unicode scalars), validates every case
and writes gold.jsonl next to this file in a stable order.

--lint additionally prints temporal-looking words that are NOT inside a mention
(for manual review; many are intentional, e.g. street names in negatives).
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

# ----------------------------------------------------------------------------
# Value helpers.  Each returns either a literal string or a function dct -> str.
# ----------------------------------------------------------------------------
P, F, N = "past", "fut", "this"   # tense used to resolve underspecified dates

WEEKDAYS = {"lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3,
            "viernes": 4, "sabado": 5, "domingo": 6}


def fold(s):
    """lower-case and strip accents (for weekday detection)."""
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def add_months(y, m, n):
    i = y * 12 + (m - 1) + n
    return i // 12, i % 12 + 1


def isoweek(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def rel(n):
    """day DCT + n days (hoy, ayer, mañana, hace tres días ...)"""
    return lambda d: (d + timedelta(days=n)).isoformat()


def tod(n, code):
    """part of day (MO/AF/EV/NI) of DCT + n days (esta mañana, anoche ...)"""
    return lambda d: (d + timedelta(days=n)).isoformat() + "T" + code


def md(m, day, tense):
    """month-day without year.  past: later than DCT -> previous year;
    fut: earlier than DCT -> next year; this: DCT year."""
    def f(d):
        y = d.year
        if tense == P and (m, day) > (d.month, d.day):
            y -= 1
        elif tense == F and (m, day) < (d.month, d.day):
            y += 1
        return date(y, m, day).isoformat()
    return f


def dom(day, tense):
    """bare day of month (el día 3, el 15)."""
    def f(d):
        y, m = d.year, d.month
        if tense == P and day > d.day:
            y, m = add_months(y, m, -1)
        elif tense == F and day < d.day:
            y, m = add_months(y, m, 1)
        return date(y, m, day).isoformat()
    return f


def wd(name, mode):
    """weekday relative to DCT. le: on or before; lt: strictly before;
    ge: on or after; gt: strictly after."""
    t = WEEKDAYS[fold(name)]

    def f(d):
        w = d.weekday()
        if mode == "le":
            delta = -((w - t) % 7)
        elif mode == "lt":
            delta = -((w - t - 1) % 7 + 1)
        elif mode == "ge":
            delta = (t - w) % 7
        elif mode == "gt":
            delta = (t - w - 1) % 7 + 1
        else:
            raise ValueError(mode)
        return (d + timedelta(days=delta)).isoformat()
    return f


def wk(n):
    """ISO week of DCT + 7n days (la semana pasada = wk(-1), hace dos semanas = wk(-2))."""
    return lambda d: isoweek(d + timedelta(days=7 * n))


def mo(n):
    """month of DCT shifted by n months (el mes pasado = mo(-1))."""
    def f(d):
        y, m = add_months(d.year, d.month, n)
        return f"{y:04d}-{m:02d}"
    return f


def yr(n):
    return lambda d: f"{d.year + n:04d}"


def mon(m, tense):
    """month name without year (en enero, durante febrero)."""
    def f(d):
        y = d.year
        if tense == P and m > d.month:
            y -= 1
        elif tense == F and m < d.month:
            y += 1
        return f"{y:04d}-{m:02d}"
    return f


def qtr(q, tense):
    def f(d):
        cur, y = (d.month - 1) // 3 + 1, d.year
        if tense == P and q > cur:
            y -= 1
        elif tense == F and q < cur:
            y += 1
        return f"{y:04d}-Q{q}"
    return f


def half(h, tense):
    def f(d):
        cur, y = (1 if d.month <= 6 else 2), d.year
        if tense == P and h > cur:
            y -= 1
        elif tense == F and h < cur:
            y += 1
        return f"{y:04d}-H{h}"
    return f


def at(base, hhmm):
    """clock time attached to a day (literal date string or DCT helper)."""
    if callable(base):
        return lambda d: base(d) + "T" + hhmm
    return base + "T" + hhmm


def tp(base, code):
    """part of day attached to a day (la mañana de este 11 de diciembre)."""
    return at(base, code)


# ----------------------------------------------------------------------------
# Authoring objects
# ----------------------------------------------------------------------------
class Mention:
    def __init__(self, text, type_, value, anchor=None, occ=None, mod=None,
                 rng=None, start_point=False, diag=False):
        self.text, self.type, self.value, self.anchor = text, type_, value, anchor
        self.occ, self.mod, self.rng = occ, mod, rng
        self.start_point, self.diag = start_point, diag


def D(text, value, anchor=None, **kw):
    return Mention(text, "DATE", value, anchor, **kw)


def T(text, value, anchor=None, **kw):
    return Mention(text, "TIME", value, anchor, **kw)


def DU(text, value, **kw):
    return Mention(text, "DURATION", value, "absolute", **kw)


def S(text, value, **kw):
    return Mention(text, "SET", value, "absolute", **kw)


CASES = []


def C(form, dct, text, *mentions):
    CASES.append((form, dct, text, list(mentions)))


PREFIX = OrderedDict([
    ("absolute", "abs"), ("underspecified-past", "usp"),
    ("underspecified-future", "usf"), ("day-of-month", "dom"),
    ("weekday-date", "wdd"), ("relative", "rel"),
    ("weekday-relative", "wdr"), ("relative-period", "rpe"),
    ("month-year", "mye"), ("part", "prt"), ("range", "rng"),
    ("duration", "dur"), ("set", "set"), ("time", "tim"),
    ("no-dct", "ndc"), ("negative", "neg"),
])

# ============================================================================
# CASES
# ============================================================================

# ---------------------------------------------------------------- absolute
A = "absolute"
C(A, "2025-12-16", "La Secretaría de Relaciones Exteriores informó que el acuerdo bilateral fue firmado el 11 de diciembre de 2025 en la capital guatemalteca.",
  D("11 de diciembre de 2025", "2025-12-11"))
C(A, "2026-01-03", "El Banco de México anunció que el nuevo billete entró en circulación el 1º de enero de 2026 en todo el territorio nacional.",
  D("1º de enero de 2026", "2026-01-01"))
C(A, "2026-01-02", "La reforma fiscal aprobada por el Congreso entró en vigor el primero de enero de 2026, según el Diario Oficial de la Federación.",
  D("primero de enero de 2026", "2026-01-01"))
C(A, "2025-12-20", "En el acta notarial consta que la asamblea de accionistas se celebró el once de diciembre de dos mil veinticinco en Guadalajara.",
  D("once de diciembre de dos mil veinticinco", "2025-12-11"))
C(A, "2025-11-04", "El Gobierno estatal prevé que el tren interurbano quede concluido en dos mil veintiséis, aunque las constructoras piden más margen.",
  D("dos mil veintiséis", "2026"))
C(A, "2025-12-12", "Según el parte policial, fechado el 11/12/2025, los agentes detuvieron a cuatro personas en el barrio de San Blas.",
  D("11/12/2025", "2025-12-11"))
C(A, "2025-12-14", "El juzgado fijó la vista oral para el 19-01-2026 y citó a declarar a los tres acusados por el desfalco.",
  D("19-01-2026", "2026-01-19"))
C(A, "2024-06-10", "La resolución, publicada en el boletín con fecha 2024-06-07, establece nuevas tarifas para el transporte de carga.",
  D("2024-06-07", "2024-06-07"))
C(A, "2026-01-15", "El informe de la aseguradora, con corte a dic. 2025, registra un aumento de los siniestros de automóviles en la capital.",
  D("dic. 2025", "2025-12"))
C(A, "2025-12-13", "Bogotá, diciembre 11, 2025. La Alcaldía presentó el plan de movilidad para la temporada navideña.",
  D("diciembre 11, 2025", "2025-12-11"))
C(A, "2025-12-12", "EL TRIBUNAL SUPREMO DICTÓ SENTENCIA EL 11 DE DICIEMBRE DE 2025 Y ORDENÓ LA LIBERACIÓN DEL EXALCALDE.",
  D("11 DE DICIEMBRE DE 2025", "2025-12-11"))
C(A, "2023-10-02", "El Congreso peruano aprobó la ley el 28 de setiembre de 2023, según publicó el diario oficial El Peruano.",
  D("28 de setiembre de 2023", "2023-09-28"))
C(A, "2025-12-17", "El Ministerio de Salud confirmó que la campaña de vacunación contra la influenza concluyó el 30 de noviembre del 2025.",
  D("30 de noviembre del 2025", "2025-11-30"))
C(A, "2019-03-15", "La Fiscalía Federal citó al exfuncionario a indagatoria para el 2 de abril de 2019 por presuntas irregularidades en la obra pública.",
  D("2 de abril de 2019", "2019-04-02"))
C(A, "2020-03-16", "El Gobierno decretó el estado de alarma el 14 de marzo de 2020, una medida que limitó la circulación de personas en todo el país.",
  D("14 de marzo de 2020", "2020-03-14"))
C(A, "2021-07-01", "La Corte Constitucional notificó el fallo el 29 de junio de 2021 y exhortó al Congreso a legislar sobre la materia.",
  D("29 de junio de 2021", "2021-06-29"))
C(A, "2022-11-21", "La Copa del Mundo comenzó el 20 de noviembre de 2022 con el partido entre la selección anfitriona y Ecuador.",
  D("20 de noviembre de 2022", "2022-11-20"))
C(A, "2027-02-01", "El nuevo aeropuerto de la región será inaugurado el 15 de marzo de 2027, anunció el gobernador en rueda de prensa.",
  D("15 de marzo de 2027", "2027-03-15"))
C(A, "2024-12-31", "El registro civil emitió el certificado de defunción con fecha 31/12/2024 y lo entregó a la familia.",
  D("31/12/2024", "2024-12-31"))
C(A, "2024-03-01", "El decreto publicado el 29 de febrero de 2024 modifica el reglamento de tránsito de la capital.",
  D("29 de febrero de 2024", "2024-02-29"))
C(A, "2026-05-04", "La Junta Electoral proclamó los resultados oficiales el 2 de mayo de 2026 tras el recuento de las actas impugnadas.",
  D("2 de mayo de 2026", "2026-05-02"))
C(A, "2025-08-11", "Según el expediente, la transferencia bancaria se realizó el 2025-08-04 desde una cuenta radicada en Panamá.",
  D("2025-08-04", "2025-08-04"))
C(A, "2025-10-01", "El documento, firmado en Lima el 30-09-2025, compromete a ambos países a reforzar los controles fronterizos.",
  D("30-09-2025", "2025-09-30"))
C(A, "2026-02-09", "La oficina de estadística difundió el índice de precios de ene. 2026, que muestra una desaceleración de la inflación.",
  D("ene. 2026", "2026-01"))
C(A, "2026-01-20", "SANTIAGO, 19 DE ENERO DE 2026. El Servicio Electoral entregó el padrón definitivo a los partidos políticos.",
  D("19 DE ENERO DE 2026", "2026-01-19"))
C(A, "2025-05-12", "El contrato de concesión, suscrito el 3 de mayo de 2010, vence en dos mil treinta, recordó el regulador.",
  D("3 de mayo de 2010", "2010-05-03"), D("dos mil treinta", "2030"))
C(A, "2025-06-05", "Madrid, junio 4, 2025. La Bolsa española cerró con ganancias impulsada por los valores bancarios.",
  D("junio 4, 2025", "2025-06-04"))
C(A, "2025-09-29", "El Senado ratificó el nombramiento de la embajadora el 25 de septiembre de 2025 con 98 votos a favor.",
  D("25 de septiembre de 2025", "2025-09-25"))
C(A, "2023-01-10", "La cédula del detenido fue expedida el 07/01/2023 en Medellín, según informó la Policía Metropolitana.",
  D("07/01/2023", "2023-01-07"))
C(A, "2025-04-23", "El veterano actor murió el 21 de abril de 2025 en su domicilio de Buenos Aires, informó su familia.",
  D("21 de abril de 2025", "2025-04-21"))
C(A, "2026-03-02", "La federación confirmó que el partido inaugural del Mundial se disputará el 11 de junio de 2026 en el Estadio Azteca.",
  D("11 de junio de 2026", "2026-06-11"))
C(A, "2019-11-11", "Los comicios se celebraron el 10 de noviembre de 2019 y fueron los cuartos en cuatro años.",
  D("10 de noviembre de 2019", "2019-11-10"), DU("cuatro años", "P4Y"))
C(A, "2025-12-30", "EL BOLETÍN OFICIAL DE LA PROVINCIA PUBLICÓ EL 29 DE DICIEMBRE DEL 2025 LA LEY DE PRESUPUESTO.",
  D("29 DE DICIEMBRE DEL 2025", "2025-12-29"))
C(A, "2021-01-04", "El primero de enero de dos mil veintiuno se registraron 42 incendios forestales en la región de Valparaíso.",
  D("primero de enero de dos mil veintiuno", "2021-01-01"))
C(A, "2022-08-08", "El nuevo mandatario asumió la Presidencia el 7 de agosto de 2022 en una ceremonia celebrada en la plaza de Bolívar.",
  D("7 de agosto de 2022", "2022-08-07"))
C(A, "2024-10-15", "La Comisión Nacional del Agua emitió la declaratoria de emergencia el 12 de octubre de 2024 para 14 municipios de Guerrero.",
  D("12 de octubre de 2024", "2024-10-12"))
C(A, "2027-06-20", "El plazo para presentar las declaraciones anuales vence el 30 de junio de 2027, recordó la agencia tributaria.",
  D("30 de junio de 2027", "2027-06-30"))
C(A, "2026-04-07", "El acta de la reunión, fechada el 6 de abril de 2026, recoge el compromiso de los sindicatos de suspender la huelga.",
  D("6 de abril de 2026", "2026-04-06"))
C(A, "2025-12-03", "El fabricante retiró del mercado los lotes producidos el 18 de noviembre de 2025 por un posible defecto en el envase.",
  D("18 de noviembre de 2025", "2025-11-18"))
C(A, "2020-12-28", "La farmacéutica entregó las primeras dosis el 24 de diciembre de 2020 y la vacunación arrancó el 27 de diciembre de 2020 en los hospitales públicos.",
  D("24 de diciembre de 2020", "2020-12-24"), D("27 de diciembre de 2020", "2020-12-27"))
C(A, "2025-06-20", "La nueva tarifa eléctrica se aplicará desde el 1° de julio de 2025, informó la comisión reguladora.",
  D("1° de julio de 2025", "2025-07-01"))
C(A, "2026-09-14", "El volcán entró en erupción el 13 SEPTIEMBRE 2026, según el boletín del observatorio vulcanológico.",
  D("13 SEPTIEMBRE 2026", "2026-09-13"))
C(A, "2019-07-22", "La ley, debatida durante tres días en el Senado, fue promulgada el 18 de julio de 2019.",
  DU("tres días", "P3D"), D("18 de julio de 2019", "2019-07-18"))
C(A, "2023-04-05", "La exposición sobre el exilio republicano se inauguró el 4 de abril de 2023 en el Museo de la Memoria.",
  D("4 de abril de 2023", "2023-04-04"))

# ---------------------------------------------------- underspecified-past
U = "underspecified-past"
C(U, "2026-01-11", "El Ayuntamiento de Valencia aprobó el pasado 11 de diciembre la modificación del plan urbanístico del barrio de Russafa.",
  D("el pasado 11 de diciembre", md(12, 11, P)))
C(U, "2025-12-16", "Los manifestantes se concentraron el 11 de diciembre frente a la sede del Gobierno regional para exigir mejoras salariales.",
  D("11 de diciembre", md(12, 11, P)))
C(U, "2026-03-20", "La gala, celebrada el 3 de marzo en el Teatro Colón, reunió a más de 2.000 invitados.",
  D("3 de marzo", md(3, 3, P)))
C(U, "2026-01-04", "El avión aterrizó de emergencia el 28 de diciembre en el aeropuerto de Guadalajara, confirmó la autoridad aeronáutica.",
  D("28 de diciembre", md(12, 28, P)))
C(U, "2025-02-10", "El expresidente declaró ante el juez el pasado 20 de noviembre, según consta en el sumario del caso.",
  D("el pasado 20 de noviembre", md(11, 20, P)))
C(U, "2024-03-05", "Las lluvias que cayeron el 29 de febrero provocaron inundaciones en tres comunas de Santiago.",
  D("29 de febrero", md(2, 29, P)))
C(U, "2023-07-14", "El delantero sufrió la lesión el pasado 2 de julio durante un entrenamiento con su club.",
  D("el pasado 2 de julio", md(7, 2, P)))
C(U, "2022-01-02", "La policía localizó el vehículo robado el 31 de diciembre en una carretera secundaria de Oaxaca.",
  D("31 de diciembre", md(12, 31, P)))
C(U, "2021-06-01", "El alcalde inauguró el 15 de mayo la nueva biblioteca municipal, que cuenta con 40.000 volúmenes.",
  D("15 de mayo", md(5, 15, P)))
C(U, "2025-12-16", "El pasado 1 de diciembre entró en vigor la prohibición de fumar en las terrazas de bares y restaurantes.",
  D("El pasado 1 de diciembre", md(12, 1, P)))
C(U, "2026-02-02", "La Audiencia Nacional recibió el 23 de enero la denuncia presentada por la asociación de consumidores.",
  D("23 de enero", md(1, 23, P)))
C(U, "2020-01-08", "Los bomberos dieron por controlado el incendio forestal el pasado 30 de diciembre, tras una semana de trabajo.",
  D("el pasado 30 de diciembre", md(12, 30, P)), DU("una semana", "P1W"))
C(U, "2027-05-20", "El tribunal electoral resolvió el 12 de mayo la impugnación presentada por la coalición opositora.",
  D("12 de mayo", md(5, 12, P)))
C(U, "2019-10-03", "La ministra viajó a Bruselas el 27 de septiembre para negociar la renovación del acuerdo pesquero.",
  D("27 de septiembre", md(9, 27, P)))
C(U, "2025-01-15", "El Instituto Nacional Electoral sancionó el 18 de diciembre a tres partidos por irregularidades en sus informes de gastos.",
  D("18 de diciembre", md(12, 18, P)))
C(U, "2025-08-30", "Según la denuncia, el ataque ocurrió el pasado 24 de agosto en una finca del departamento del Cauca.",
  D("el pasado 24 de agosto", md(8, 24, P)))
C(U, "2026-11-10", "El equipo argentino se consagró campeón el 8 de noviembre tras vencer por penales a su rival.",
  D("8 de noviembre", md(11, 8, P)))
C(U, "2024-01-09", "El sismo registrado el 5 de enero tuvo una magnitud de 5,2, informó el Servicio Sismológico Nacional.",
  D("5 de enero", md(1, 5, P)))
C(U, "2023-12-01", "Los investigadores hallaron el cuerpo el pasado 19 de noviembre en una zona boscosa cercana a Temuco.",
  D("el pasado 19 de noviembre", md(11, 19, P)))
C(U, "2025-04-02", "El Parlamento aprobó el 25 de marzo la ley de vivienda con el apoyo de los grupos de la coalición.",
  D("25 de marzo", md(3, 25, P)))
C(U, "2026-01-07", "La cantante ofreció el 20 de diciembre el último concierto de su gira en el Movistar Arena de Bogotá.",
  D("20 de diciembre", md(12, 20, P)))
C(U, "2022-09-12", "Un juez de Mendoza ordenó el 9 de septiembre la detención preventiva del empresario.",
  D("9 de septiembre", md(9, 9, P)))
C(U, "2020-05-04", "El gobierno regional anunció el pasado 27 de abril la reapertura parcial de los mercados.",
  D("el pasado 27 de abril", md(4, 27, P)))
C(U, "2025-03-03", "La Cámara de Diputados aprobó el 14 de febrero una reforma sobre violencia en las relaciones de pareja.",
  D("14 de febrero", md(2, 14, P)))
C(U, "2024-07-01", "El huracán tocó tierra el 29 de junio en la costa de Quintana Roo con vientos de 150 kilómetros por hora.",
  D("29 de junio", md(6, 29, P)))
C(U, "2026-06-03", "La empresa despidió el 30 de mayo a 200 trabajadores de su planta de Monterrey.",
  D("30 de mayo", md(5, 30, P)))
C(U, "2021-02-01", "El pasado 24 de diciembre, la familia denunció la desaparición del joven en una comisaría de Rosario.",
  D("El pasado 24 de diciembre", md(12, 24, P)))
C(U, "2025-10-20", "La exposición, inaugurada el 2 de octubre en el Museo del Prado, ha recibido ya 80.000 visitantes.",
  D("2 de octubre", md(10, 2, P)))
C(U, "2027-01-12", "La cabalgata recorrió el 5 de enero las calles del centro de Sevilla ante miles de personas.",
  D("5 de enero", md(1, 5, P)))
C(U, "2026-01-02", "El juzgado admitió a trámite la querella el 22 de diciembre, informaron fuentes judiciales.",
  D("22 de diciembre", md(12, 22, P)))
C(U, "2025-12-16", "EL JUEZ ORDENÓ EL 10 DE DICIEMBRE EL EMBARGO DE LAS CUENTAS DE LA CONSTRUCTORA.",
  D("10 DE DICIEMBRE", md(12, 10, P)))
C(U, "2023-09-04", "El Congreso chileno rindió homenaje el 28 de agosto a las víctimas de la represión; el 1 de septiembre se inauguró una muestra fotográfica.",
  D("28 de agosto", md(8, 28, P)), D("1 de septiembre", md(9, 1, P)))

# -------------------------------------------------- underspecified-future
UF = "underspecified-future"
C(UF, "2025-12-16", "La cumbre del Mercosur se celebrará el 8 de marzo en Montevideo, anunció la Cancillería uruguaya.",
  D("8 de marzo", md(3, 8, F)))
C(UF, "2025-12-16", "El Gobierno convocará a los sindicatos el próximo 8 de marzo para abordar la brecha salarial.",
  D("el próximo 8 de marzo", md(3, 8, F)))
C(UF, "2026-01-20", "La votación en el pleno del Senado tendrá lugar el 3 de febrero, según el calendario legislativo.",
  D("3 de febrero", md(2, 3, F)))
C(UF, "2024-11-28", "La selección chilena disputará el próximo 15 de enero un amistoso ante Perú en el Estadio Nacional.",
  D("el próximo 15 de enero", md(1, 15, F)))
C(UF, "2025-12-31", "El nuevo peaje comenzará a cobrarse el 2 de enero en la autopista México-Querétaro.",
  D("2 de enero", md(1, 2, F)))
C(UF, "2023-05-10", "El juicio contra los tres exfuncionarios arrancará el 22 de mayo en la Audiencia Provincial de Málaga.",
  D("22 de mayo", md(5, 22, F)))
C(UF, "2019-08-20", "Las elecciones generales se realizarán el próximo 27 de octubre, recordó la cámara electoral.",
  D("el próximo 27 de octubre", md(10, 27, F)))
C(UF, "2026-12-01", "La Comisión Europea presentará el 10 de diciembre su propuesta sobre aranceles agrícolas.",
  D("10 de diciembre", md(12, 10, F)))
C(UF, "2027-10-15", "El festival de cine de Morelia abrirá sus puertas el 20 de octubre con una retrospectiva del cine mexicano.",
  D("20 de octubre", md(10, 20, F)))
C(UF, "2025-11-30", "Los alumnos regresarán a las aulas el 7 de enero, confirmó la Secretaría de Educación Pública.",
  D("7 de enero", md(1, 7, F)))
C(UF, "2022-02-28", "El Banco Central anunciará el próximo 17 de marzo su decisión sobre los tipos de interés.",
  D("el próximo 17 de marzo", md(3, 17, F)))
C(UF, "2024-02-20", "La ministra comparecerá el 29 de febrero ante la comisión de Sanidad del Congreso.",
  D("29 de febrero", md(2, 29, F)))
C(UF, "2025-08-25", "Los colegios públicos de la Comunidad de Madrid iniciarán las clases el 8 de septiembre.",
  D("8 de septiembre", md(9, 8, F)))
C(UF, "2020-10-05", "El pontífice visitará la isla el próximo 12 de noviembre, informó la oficina de prensa del Vaticano.",
  D("el próximo 12 de noviembre", md(11, 12, F)))
C(UF, "2026-07-14", "La final del torneo se jugará el 2 de agosto en el estadio Monumental de Lima.",
  D("2 de agosto", md(8, 2, F)))
C(UF, "2025-12-22", "El Congreso debatirá la moción de vacancia presidencial el próximo 15 de enero.",
  D("el próximo 15 de enero", md(1, 15, F)))
C(UF, "2021-04-10", "La vacunación de los docentes empezará el 19 de abril en los centros de salud de la provincia.",
  D("19 de abril", md(4, 19, F)))
C(UF, "2023-11-15", "El Tribunal Constitucional resolverá el recurso el 5 de diciembre, según fuentes del órgano.",
  D("5 de diciembre", md(12, 5, F)))
C(UF, "2025-06-27", "Los trabajadores del metro irán a la huelga el próximo 3 de julio si no hay acuerdo con la empresa.",
  D("el próximo 3 de julio", md(7, 3, F)))
C(UF, "2019-12-18", "El consorcio entregará la obra el 30 de enero, con diez meses de retraso sobre lo previsto.",
  D("30 de enero", md(1, 30, F)), DU("diez meses", "P10M"))
C(UF, "2026-09-09", "La selección colombiana recibirá a Brasil el 13 de octubre en Barranquilla.",
  D("13 de octubre", md(10, 13, F)))
C(UF, "2027-03-01", "El Parlamento Europeo votará el 9 de marzo el nuevo pacto migratorio.",
  D("9 de marzo", md(3, 9, F)))
C(UF, "2024-12-27", "El festival de música se celebrará el 15 de marzo en el Foro Sol, confirmaron los organizadores.",
  D("15 de marzo", md(3, 15, F)))
C(UF, "2025-05-05", "La Corte Suprema escuchará los alegatos finales el próximo 28 de abril, según el calendario del tribunal.",
  D("el próximo 28 de abril", md(4, 28, F)))
C(UF, "2022-06-06", "Los ministros de Economía de la región se reunirán el 20 de junio en Asunción.",
  D("20 de junio", md(6, 20, F)))
C(UF, "2026-12-28", "EL METRO DE SANTIAGO REABRIRÁ LA ESTACIÓN EL 4 DE ENERO, INFORMÓ LA EMPRESA.",
  D("4 DE ENERO", md(1, 4, F)))
C(UF, "2023-01-30", "La presidenta firmará el 1 de febrero el decreto de indulto, adelantó su portavoz.",
  D("1 de febrero", md(2, 1, F)))

# ------------------------------------------------------------ day-of-month
DM = "day-of-month"
C(DM, "2025-12-16", "Los vecinos denunciaron que el corte de agua comenzó el día 3 y el servicio aún no se ha restablecido.",
  D("día 3", dom(3, P)))
C(DM, "2025-12-16", "El abono de la paga extraordinaria se realizará el día 3, según el calendario de la Seguridad Social.",
  D("día 3", dom(3, F)))
C(DM, "2025-12-16", "La comisión se reunirá de nuevo el 22 para votar el dictamen sobre la reforma.",
  D("22", dom(22, F)))
C(DM, "2026-01-10", "El Ministerio del Interior informó que el ataque se produjo el 28, poco antes del toque de queda.",
  D("28", dom(28, P)))
C(DM, "2024-03-02", "La Policía Nacional detuvo el día 29 a dos sospechosos del robo en la joyería.",
  D("día 29", dom(29, P)))
C(DM, "2023-05-31", "Los inspectores volverán el día 5 para verificar las reparaciones en el edificio.",
  D("día 5", dom(5, F)))
C(DM, "2022-10-20", "El técnico fue destituido el día 14, tras una racha de cinco derrotas consecutivas.",
  D("día 14", dom(14, P)))
C(DM, "2021-08-09", "Las autoridades sanitarias detectaron el brote el día 2 en una residencia de mayores de Zaragoza.",
  D("día 2", dom(2, P)))
C(DM, "2027-02-15", "Los resultados definitivos se publicarán el día 27, indicó el organismo electoral.",
  D("día 27", dom(27, F)))
C(DM, "2020-07-01", "El juez dictó sentencia el día 30 y la notificó a las partes esta semana.",
  D("día 30", dom(30, P)), D("esta semana", wk(0)))
C(DM, "2025-03-12", "El congreso del partido se celebrará el 28 en un hotel de Valparaíso.",
  D("28", dom(28, F)))
C(DM, "2026-04-04", "Las obras se paralizaron el día 1 por la falta de pago a los proveedores.",
  D("día 1", dom(1, P)))
C(DM, "2025-12-02", "El presidente firmará el decreto el día 1, cuando entre en funciones el nuevo gabinete.",
  D("día 1", dom(1, F)))
C(DM, "2026-01-03", "Los comerciantes relataron que los saqueos comenzaron el día 30 en el centro de la ciudad.",
  D("día 30", dom(30, P)))
C(DM, "2019-06-18", "La fiscal presentó la acusación formal el 11 ante el juzgado de garantías.",
  D("11", dom(11, P)))
C(DM, "2024-09-09", "El Consejo Electoral entregará las credenciales a los diputados electos el 15.",
  D("15", dom(15, F)))
C(DM, "2023-11-27", "Según el parte médico, el paciente ingresó en el hospital el día 19 con síntomas de intoxicación.",
  D("día 19", dom(19, P)))
C(DM, "2025-07-31", "La asamblea de accionistas se celebrará el día 8 en la sede social de la compañía.",
  D("día 8", dom(8, F)))
C(DM, "2022-12-29", "El servicio de trenes se restablecerá el día 2, una vez concluidas las obras de mantenimiento.",
  D("día 2", dom(2, F)))
C(DM, "2026-05-20", "El gobernador anunció el día 12 un paquete de ayudas para los productores afectados por la sequía.",
  D("día 12", dom(12, P)))
C(DM, "2021-03-01", "El detenido quedó en libertad el día 28 tras pagar una fianza.",
  D("día 28", dom(28, P)))
C(DM, "2027-09-20", "La Fiscalía recurrirá el fallo antes del 25, plazo máximo que fija la ley.",
  D("25", dom(25, F)))

# ------------------------------------------------------------ weekday-date
W = "weekday-date"
C(W, "2026-01-20", "La Corte Suprema dará a conocer su fallo el viernes 23 de enero de 2026.",
  D("viernes 23 de enero de 2026", "2026-01-23"))
C(W, "2025-12-12", "El jueves 11 de diciembre de 2025, la Asamblea Legislativa aprobó la reforma electoral por amplia mayoría.",
  D("jueves 11 de diciembre de 2025", "2025-12-11"))
C(W, "2025-12-16", "Según el comunicado, los hechos ocurrieron el miércoles 11 de diciembre de 2025 en la localidad de Tlaquepaque.",
  D("miércoles 11 de diciembre de 2025", "2025-12-11", diag=True))
C(W, "2026-01-05", "La audiencia quedó programada para el sabado 17 de enero de 2026, informó el tribunal.",
  D("sabado 17 de enero de 2026", "2026-01-17"))
C(W, "2026-02-25", "El sindicato realizará una asamblea informativa el miercoles 4 de marzo en el auditorio central.",
  D("miercoles 4 de marzo", md(3, 4, F)))
C(W, "2026-03-12", "El lunes 9 de marzo, la policía desarticuló una red de tráfico de migrantes en Tapachula.",
  D("lunes 9 de marzo", md(3, 9, P)))
C(W, "2025-12-17", "CIUDAD DE MÉXICO, MARTES 16 DE DICIEMBRE DE 2025. La Cámara de Diputados aprobó el paquete económico.",
  D("MARTES 16 DE DICIEMBRE DE 2025", "2025-12-16"))
C(W, "2025-12-16", "El incendio se declaró el sábado 14 de diciembre en una bodega del polígono industrial.",
  D("sábado 14 de diciembre", md(12, 14, P), diag=True))
C(W, "2026-01-02", "Los Reyes Magos recorrerán el centro de la ciudad el martes 6 de enero a partir de las cinco de la tarde.",
  D("martes 6 de enero", md(1, 6, F)), T("cinco de la tarde", at(md(1, 6, F), "17:00"), start_point=True))
C(W, "2026-01-03", "Según el informe policial, el accidente ocurrió el viernes 1 de enero de 2026 en la autopista del Sol.",
  D("viernes 1 de enero de 2026", "2026-01-01", diag=True))
C(W, "2024-03-04", "El jueves 29 de febrero, la Asamblea aprobó la reforma de la ley de aguas.",
  D("jueves 29 de febrero", md(2, 29, P)))
C(W, "2024-03-05", "El ministerio fechó el comunicado el domingo 29 de febrero de 2024, aunque lo difundió con retraso.",
  D("domingo 29 de febrero de 2024", "2024-02-29", diag=True))
C(W, "2025-08-20", "Las clases del nuevo curso comenzarán el lunes 1º de septiembre de 2025 en todo el país.",
  D("lunes 1º de septiembre de 2025", "2025-09-01"))
C(W, "2023-01-02", "El sábado 31 de diciembre de 2022 se registró un récord de pasajeros en el aeropuerto de Ezeiza.",
  D("sábado 31 de diciembre de 2022", "2022-12-31"))
C(W, "2020-03-16", "El viernes 13 de marzo de 2020 el Gobierno anunció el cierre de todos los centros educativos.",
  D("viernes 13 de marzo de 2020", "2020-03-13"))
C(W, "2026-09-28", "La cumbre de ministros de Medio Ambiente se inaugurará el martes 5 de octubre de 2026 en Cali.",
  D("martes 5 de octubre de 2026", "2026-10-05", diag=True))
C(W, "2026-06-28", "El nuevo reglamento de tránsito entrará en vigor el miércoles 1 de julio en toda la provincia.",
  D("miércoles 1 de julio", md(7, 1, F)))
C(W, "2024-06-05", "Millones de mexicanos acudieron a las urnas el domingo 2 de junio de 2024 para elegir presidenta.",
  D("domingo 2 de junio de 2024", "2024-06-02"))
C(W, "2019-08-12", "El lunes 10 de agosto de 2019 la policía desalojó el campamento instalado frente al Congreso.",
  D("lunes 10 de agosto de 2019", "2019-08-10", diag=True))
C(W, "2020-11-05", "Los estadounidenses votaron el martes 3 de noviembre de 2020 en unas elecciones marcadas por la pandemia.",
  D("martes 3 de noviembre de 2020", "2020-11-03"))
C(W, "2025-01-18", "El presidente electo asumirá el cargo el lunes 20 de enero de 2025 en una ceremonia en el Capitolio.",
  D("lunes 20 de enero de 2025", "2025-01-20"))
C(W, "2025-12-18", "La empresa repartirá las cestas navideñas el martes 25 de diciembre de 2025, según la circular interna.",
  D("martes 25 de diciembre de 2025", "2025-12-25", diag=True))
C(W, "2025-12-05", "Buenos Aires, viernes, 5 de diciembre de 2025. El dólar oficial cerró estable en el mercado mayorista.",
  D("viernes, 5 de diciembre de 2025", "2025-12-05"))
C(W, "2027-05-03", "La asociación de padres convocó una marcha para el jueves 8 de mayo frente a la Secretaría de Educación.",
  D("jueves 8 de mayo", md(5, 8, F), diag=True))
C(W, "2025-10-27", "Los argentinos votaron el domingo 26 de octubre de 2025 para renovar parte del Congreso.",
  D("domingo 26 de octubre de 2025", "2025-10-26"))
C(W, "2027-03-25", "El Gobierno presentará el plan hidrológico el lunes 31 de marzo de 2027 ante el Parlamento.",
  D("lunes 31 de marzo de 2027", "2027-03-31", diag=True))
C(W, "2019-09-20", "El simulacro nacional se realizó el jueves 19 de septiembre a las 11:00 horas en todo el país.",
  D("jueves 19 de septiembre", md(9, 19, P)), T("11:00 horas", at(md(9, 19, P), "11:00")))
C(W, "2025-12-09", "EL PARTIDO DE VUELTA SE JUGARÁ EL DOMINGO 14 DE DICIEMBRE EN EL ESTADIO NEMESIO DIEZ.",
  D("DOMINGO 14 DE DICIEMBRE", md(12, 14, F)))

# ---------------------------------------------------------------- relative
R = "relative"
C(R, "2024-03-01", "El Servicio Meteorológico Nacional informó que ayer se registraron temperaturas récord en Buenos Aires.",
  D("ayer", rel(-1)))
C(R, "2025-12-16", "El presidente viajará mañana a Bruselas para participar en la cumbre de la Unión Europea.",
  D("mañana", rel(1)))
C(R, "2025-12-16", "La mañana de este 11 de diciembre, un grupo de encapuchados bloqueó el acceso a la universidad.",
  T("La mañana de este 11 de diciembre", tp(md(12, 11, P), "MO")))
C(R, "2025-12-11", "Hoy, 11 de diciembre, se cumplen diez años de la tragedia minera que enlutó a Coahuila.",
  D("Hoy", rel(0)), D("11 de diciembre", md(12, 11, N)), DU("diez años", "P10Y"))
C(R, "2026-01-01", "Anoche, miles de personas se congregaron en la Puerta del Sol para recibir las campanadas.",
  T("Anoche", tod(-1, "NI")))
C(R, "2025-01-01", "El alcalde anunció anteayer el cierre del mercado municipal por obras de rehabilitación.",
  D("anteayer", rel(-2)))
C(R, "2023-03-01", "Antier se reportó un nuevo derrame de petróleo en las costas de Tabasco, confirmó la paraestatal.",
  D("Antier", rel(-2)))
C(R, "2025-12-16", "Esta mañana, la Bolsa Mexicana de Valores abrió con una caída del 1,2 %.",
  T("Esta mañana", tod(0, "MO")))
C(R, "2025-06-12", "El ministro comparecerá esta tarde ante la comisión de Hacienda del Senado.",
  T("esta tarde", tod(0, "AF")))
C(R, "2025-06-12", "La selección argentina se enfrentará esta noche a Uruguay en el estadio Centenario.",
  T("esta noche", tod(0, "NI")))
C(R, "2022-04-05", "La autopista quedó reabierta por la mañana, después de que los operarios retiraran el camión accidentado.",
  T("por la mañana", tod(0, "MO")))
C(R, "2024-10-10", "El Congreso votará pasado mañana la moción de censura contra el Gobierno regional.",
  D("pasado mañana", rel(2)))
C(R, "2027-12-31", "Protección Civil prevé que mañana las temperaturas desciendan por debajo de cero en la sierra.",
  D("mañana", rel(1)))
C(R, "2026-03-01", "La presidenta del Gobierno regional dijo ayer que no se presentará a la reelección.",
  D("ayer", rel(-1)))
C(R, "2020-03-01", "Ayer se confirmó el primer caso del nuevo coronavirus en el país, informó el Ministerio de Sanidad.",
  D("Ayer", rel(-1)))
C(R, "2025-07-04", "El portavoz del Gobierno aseguró hoy que la reforma laboral no se retirará.",
  D("hoy", rel(0)))
C(R, "2023-08-15", "Actualmente, el 40 % de los hogares de la región carece de acceso a internet de banda ancha.",
  D("Actualmente", "PRESENT_REF", "dct"))
C(R, "2025-05-20", "El exministro, que ahora preside una fundación, declaró ayer como testigo en el juicio.",
  D("ahora", "PRESENT_REF", "dct"), D("ayer", rel(-1)))
C(R, "2026-02-14", "Los rescatistas encontraron anoche a los dos montañistas desaparecidos en el Aconcagua.",
  T("anoche", tod(-1, "NI")))
C(R, "2019-05-06", "El partido se suspendió ayer por la tarde debido a la tormenta eléctrica.",
  T("ayer por la tarde", tod(-1, "AF")))
C(R, "2024-11-18", "La comitiva saldrá mañana por la mañana rumbo a Lima.",
  T("mañana por la mañana", tod(1, "MO")))
C(R, "2025-09-30", "El Ministerio de Hacienda publicará mañana los datos de recaudación del tercer trimestre.",
  D("mañana", rel(1)), D("tercer trimestre", qtr(3, P)))
C(R, "2022-01-01", "Anteayer, el Gobierno aprobó un decreto que congela el precio del transporte público.",
  D("Anteayer", rel(-2)))
C(R, "2026-01-02", "El delantero firmó ayer su contrato con el club y será presentado mañana ante la afición.",
  D("ayer", rel(-1)), D("mañana", rel(1)))
C(R, "2025-12-16", "Esta mañana llovió con intensidad en la capital, pero se espera que por la tarde el cielo se despeje.",
  T("Esta mañana", tod(0, "MO")), T("por la tarde", tod(0, "AF")))
C(R, "2023-06-01", "Hoy entra en vigor la nueva ley de protección de datos aprobada por el Parlamento.",
  D("Hoy", rel(0)))
C(R, "2024-12-31", "Antier fue detenido en Cali un presunto integrante de una banda dedicada a la extorsión.",
  D("Antier", rel(-2)))
C(R, "2027-03-01", "El Servicio de Salud confirmó ayer 37 nuevos casos de dengue en la provincia de Misiones.",
  D("ayer", rel(-1)))
C(R, "2020-03-02", "Anteayer los agricultores cortaron las principales carreteras de acceso a la capital.",
  D("Anteayer", rel(-2)))
C(R, "2025-10-26", "El candidato votó esta mañana en un colegio de Montevideo y pidió a los ciudadanos acudir a las urnas.",
  T("esta mañana", tod(0, "MO")))
C(R, "2025-12-16", "Mañana, el tribunal dará a conocer la sentencia del caso de corrupción.",
  D("Mañana", rel(1)))
C(R, "2019-11-10", "El gobierno decretó anoche el toque de queda en cinco ciudades del país.",
  T("anoche", tod(-1, "NI")))
C(R, "2026-08-03", "La Guardia Civil mantiene ahora el dispositivo de búsqueda en la costa de Almería.",
  D("ahora", "PRESENT_REF", "dct"))
C(R, "2024-06-30", "Las lluvias de hoy dejaron 80 milímetros en Montevideo, según el instituto de meteorología.",
  D("hoy", rel(0)))
C(R, "2022-07-19", "Esta noche se espera que el termómetro no baje de 25 grados en Sevilla.",
  T("Esta noche", tod(0, "NI")))
C(R, "2025-01-01", "Los usuarios del metro pagan hoy por primera vez la nueva tarifa.",
  D("hoy", rel(0)))
C(R, "2021-05-10", "En la mañana de este 10 de mayo, las madres buscadoras marcharon por el Paseo de la Reforma.",
  T("la mañana de este 10 de mayo", tp(md(5, 10, N), "MO")))
C(R, "2025-03-31", "Pasado mañana comenzará la temporada de cruceros en el puerto de Valparaíso.",
  D("Pasado mañana", rel(2)))
C(R, "2026-12-31", "Hoy se cierra el plazo para solicitar las ayudas al alquiler.",
  D("Hoy", rel(0)))
C(R, "2023-10-16", "La delegación llegará mañana a Quito y por la tarde se reunirá con el canciller.",
  D("mañana", rel(1)), T("por la tarde", tod(1, "AF")))
C(R, "2021-12-31", "AYER SE REGISTRARON 14 ACCIDENTES EN LAS CARRETERAS DE LA REGIÓN.",
  D("AYER", rel(-1)))
C(R, "2024-01-01", "Los servicios de emergencia atendieron anoche 300 llamadas relacionadas con la pirotecnia.",
  T("anoche", tod(-1, "NI")))

# -------------------------------------------------------- weekday-relative
WR = "weekday-relative"
C(WR, "2025-12-16", "El presidente se reunió este martes con los gobernadores en Palacio Nacional.",
  D("este martes", wd("martes", "le")))
C(WR, "2025-12-16", "El Congreso votará este jueves el presupuesto de 2026.",
  D("este jueves", wd("jueves", "ge")), D("2026", "2026"))
C(WR, "2025-12-16", "El martes pasado, la policía desalojó el campamento instalado frente a la rectoría.",
  D("El martes pasado", wd("martes", "lt")))
C(WR, "2025-12-16", "La ministra comparecerá el próximo martes en el Senado para explicar los recortes.",
  D("el próximo martes", wd("martes", "gt")))
C(WR, "2025-12-16", "Los transportistas bloquearon el lunes las principales carreteras de acceso a la capital.",
  D("lunes", wd("lunes", "le")))
C(WR, "2025-12-16", "El tribunal dictará sentencia el lunes, según fuentes judiciales.",
  D("lunes", wd("lunes", "ge")))
C(WR, "2026-01-02", "El sábado pasado se registró la mayor afluencia de turistas en las playas de Cancún.",
  D("El sábado pasado", wd("sábado", "lt")))
C(WR, "2026-01-02", "El equipo viajará el domingo a Madrid para disputar la Supercopa.",
  D("domingo", wd("domingo", "ge")))
C(WR, "2025-12-31", "Este miércoles se publicó en el Boletín Oficial el decreto de aumento del salario mínimo.",
  D("Este miércoles", wd("miércoles", "le")))
C(WR, "2025-12-29", "El próximo viernes entrará en vigor el nuevo impuesto al tabaco.",
  D("El próximo viernes", wd("viernes", "gt")))
C(WR, "2024-03-01", "El jueves, la Fiscalía presentó cargos contra el exgobernador por malversación.",
  D("jueves", wd("jueves", "le")))
C(WR, "2024-02-27", "El juez escuchará el jueves a los testigos de la defensa.",
  D("jueves", wd("jueves", "ge")))
C(WR, "2023-01-02", "El pasado lunes, el Gobierno anunció la subida de las pensiones contributivas.",
  D("El pasado lunes", wd("lunes", "lt")))
C(WR, "2023-01-02", "Los médicos residentes iniciarán este lunes una huelga indefinida.",
  D("este lunes", wd("lunes", "ge")))
C(WR, "2022-06-10", "Este viernes, los estudiantes marcharán hacia el Ministerio de Educación.",
  D("Este viernes", wd("viernes", "ge")))
C(WR, "2022-06-10", "El miércoles, la comisión aprobó por unanimidad el informe sobre el accidente.",
  D("miércoles", wd("miércoles", "le")))
C(WR, "2021-09-05", "El próximo domingo se disputará la final del campeonato en el estadio Nacional.",
  D("El próximo domingo", wd("domingo", "gt")))
C(WR, "2021-09-05", "Este domingo el equipo perdió 2-1 ante su eterno rival.",
  D("Este domingo", wd("domingo", "le")))
C(WR, "2019-04-16", "Un incendio destruyó el lunes buena parte de la techumbre de la catedral de Notre Dame de París.",
  D("lunes", wd("lunes", "le")))
C(WR, "2020-11-04", "Los estadounidenses votaron el martes en unas elecciones marcadas por la pandemia.",
  D("martes", wd("martes", "le")))
C(WR, "2026-06-11", "La selección mexicana jugará este sábado su segundo partido de la fase de grupos.",
  D("este sábado", wd("sábado", "ge")))
C(WR, "2027-01-01", "El Gobierno publicará el lunes el decreto de actualización de las pensiones.",
  D("lunes", wd("lunes", "ge")))
C(WR, "2027-01-01", "El martes pasado se aprobó en el Congreso la ley de presupuestos.",
  D("El martes pasado", wd("martes", "lt")))
C(WR, "2025-07-07", "El viernes pasado, los trabajadores de la planta votaron el nuevo convenio colectivo.",
  D("El viernes pasado", wd("viernes", "lt")))
C(WR, "2025-07-07", "La gira del grupo arrancará el próximo jueves en Ciudad de México.",
  D("el próximo jueves", wd("jueves", "gt")))
C(WR, "2024-12-30", "El sábado, miles de personas marcharon en Caracas para exigir la liberación de los presos políticos.",
  D("sábado", wd("sábado", "le")))
C(WR, "2026-03-20", "El martes se reunirán en Washington los ministros de Economía del grupo.",
  D("martes", wd("martes", "ge")))
C(WR, "2023-10-09", "Este martes, la Corte Suprema de Justicia elegirá al nuevo fiscal general.",
  D("Este martes", wd("martes", "ge")))
C(WR, "2022-02-28", "El domingo pasado, el ciclista colombiano ganó la vuelta en Ecuador.",
  D("El domingo pasado", wd("domingo", "lt")))
C(WR, "2020-12-31", "El próximo lunes los estudiantes regresarán a las clases presenciales.",
  D("El próximo lunes", wd("lunes", "gt")))
C(WR, "2025-04-20", "El sábado, la Policía Nacional incautó 500 kilos de cocaína en el puerto de Guayaquil.",
  D("sábado", wd("sábado", "le")))
C(WR, "2026-11-03", "El Gobierno chileno presentará este miércoles su plan de seguridad para el norte.",
  D("este miércoles", wd("miércoles", "ge")))
C(WR, "2024-07-15", "Este jueves se registró un apagón que dejó sin luz a media ciudad.",
  D("Este jueves", wd("jueves", "le")))
C(WR, "2019-02-01", "El jueves, el Parlamento aprobó la ley de financiación de los partidos.",
  D("jueves", wd("jueves", "le")))
C(WR, "2027-08-02", "El viernes se inaugurará la feria agrícola de la región con la presencia del ministro.",
  D("viernes", wd("viernes", "ge")))
C(WR, "2023-03-13", "El miercoles pasado se registró un sismo de magnitud 4 en la costa de Oaxaca.",
  D("El miercoles pasado", wd("miercoles", "lt")))
C(WR, "2024-05-15", "Los vecinos realizarán el sabado una jornada de limpieza en la ribera del río.",
  D("sabado", wd("sabado", "ge")))
C(WR, "2024-05-15", "Este miércoles arrancó la campaña de vacunación antigripal en los centros de salud.",
  D("Este miércoles", wd("miércoles", "le")))
C(WR, "2026-01-04", "EL PRÓXIMO SÁBADO SE CELEBRARÁ LA FINAL DEL TORNEO DE TENIS.",
  D("EL PRÓXIMO SÁBADO", wd("sábado", "gt")))
C(WR, "2022-01-01", "El jueves, la autoridad sanitaria informó de un nuevo récord de contagios.",
  D("jueves", wd("jueves", "le")))

# --------------------------------------------------------- relative-period
RP = "relative-period"
C(RP, "2025-12-16", "La inflación se moderó la semana pasada, según los datos del instituto de estadística.",
  D("la semana pasada", wk(-1)))
C(RP, "2025-12-16", "El ministro se reunirá con los rectores la próxima semana.",
  D("la próxima semana", wk(1)))
C(RP, "2026-01-05", "La semana próxima se publicarán las listas provisionales de admitidos.",
  D("La semana próxima", wk(1)))
C(RP, "2026-01-05", "Las ventas del comercio minorista crecieron la semana pasada un 4 %.",
  D("la semana pasada", wk(-1)))
C(RP, "2027-01-08", "La semana pasada se registraron las temperaturas más bajas del invierno en Madrid.",
  D("La semana pasada", wk(-1)))
C(RP, "2025-12-16", "El desempleo subió el mes pasado en 12.000 personas.",
  D("el mes pasado", mo(-1)))
C(RP, "2026-01-20", "El Banco Central revisará los tipos de interés el próximo mes.",
  D("el próximo mes", mo(1)))
C(RP, "2026-01-20", "La producción industrial cayó el mes pasado un 2 %, informó el instituto de estadística.",
  D("el mes pasado", mo(-1)))
C(RP, "2024-02-29", "La economía española creció un 2,5 % el año pasado, según el Instituto Nacional de Estadística.",
  D("el año pasado", yr(-1)))
C(RP, "2025-12-16", "El Gobierno prevé que la deuda pública se reduzca el próximo año.",
  D("el próximo año", yr(1)))
C(RP, "2025-06-01", "Este año se han registrado 340 incendios forestales en la región.",
  D("Este año", yr(0)))
C(RP, "2025-12-16", "El joven desapareció hace tres días cuando regresaba de la escuela.",
  D("hace tres días", rel(-3)))
C(RP, "2025-12-16", "La empresa anunció hace dos semanas el cierre de su planta en Puebla.",
  D("hace dos semanas", wk(-2)))
C(RP, "2026-03-31", "Hace un mes, el Gobierno aprobó el plan de ayudas para los agricultores.",
  D("Hace un mes", mo(-1)))
C(RP, "2025-07-10", "La reforma fue aprobada hace dos años con el voto de la oposición.",
  D("hace dos años", yr(-2)))
C(RP, "2025-01-31", "El tribunal resolverá el recurso dentro de un mes, según fuentes judiciales.",
  D("dentro de un mes", mo(1)))
C(RP, "2025-12-30", "Las autoridades esperan restablecer el suministro eléctrico dentro de tres días.",
  D("dentro de tres días", rel(3)))
C(RP, "2019-12-30", "Esta semana se espera la llegada de 40.000 turistas a Mar del Plata.",
  D("Esta semana", wk(0)))
C(RP, "2024-12-31", "El mes que viene entrará en vigor el nuevo reglamento de tránsito.",
  D("El mes que viene", mo(1)))
C(RP, "2021-01-15", "El año que viene se celebrarán elecciones legislativas en el país.",
  D("El año que viene", yr(1)))
C(RP, "2023-03-31", "Este mes se batió el récord de exportaciones de aguacate a Estados Unidos.",
  D("Este mes", mo(0)))
C(RP, "2022-01-01", "El año pasado fue el más cálido del que se tiene registro en Colombia.",
  D("El año pasado", yr(-1)))
C(RP, "2020-01-03", "Hace una semana, el ciclón dejó sin electricidad a 300.000 hogares.",
  D("Hace una semana", wk(-1)))
C(RP, "2026-06-15", "Los ministros de Defensa volverán a reunirse dentro de dos semanas en Bruselas.",
  D("dentro de dos semanas", wk(2)))
C(RP, "2024-03-29", "El acuerdo fue firmado hace un año en Ginebra.",
  D("hace un año", yr(-1)))
C(RP, "2025-12-16", "La víctima había presentado una denuncia hace cuatro días.",
  D("hace cuatro días", rel(-4)))
C(RP, "2026-01-01", "La Bolsa de Buenos Aires cerró el año pasado con una subida del 30 %.",
  D("el año pasado", yr(-1)))
C(RP, "2027-12-15", "El próximo año la empresa abrirá 50 nuevas tiendas en Chile.",
  D("El próximo año", yr(1)))
C(RP, "2023-07-31", "El próximo mes se licitará la construcción del nuevo hospital regional.",
  D("El próximo mes", mo(1)))
C(RP, "2025-02-28", "Dentro de un año, la línea 12 del metro estará completamente operativa.",
  D("Dentro de un año", yr(1)))
C(RP, "2022-03-14", "Hace diez días, la guerrilla liberó a los tres secuestrados.",
  D("Hace diez días", rel(-10)))
C(RP, "2025-12-16", "Esta semana se espera que el Senado apruebe la reforma judicial.",
  D("Esta semana", wk(0)))
C(RP, "2024-01-02", "Hace dos semanas, el Ejecutivo anunció un plan de choque contra la inflación.",
  D("Hace dos semanas", wk(-2)))
C(RP, "2026-09-30", "El mes pasado, el precio de la gasolina subió por tercera vez consecutiva.",
  D("El mes pasado", mo(-1)))
C(RP, "2021-12-31", "Las exportaciones crecieron este año un 18 %, según el Ministerio de Comercio.",
  D("este año", yr(0)))
C(RP, "2019-03-15", "Hace tres meses, los trabajadores iniciaron la huelga en la mina.",
  D("Hace tres meses", mo(-3)))
C(RP, "2023-10-31", "Dentro de dos meses se conocerán los resultados del censo agropecuario.",
  D("Dentro de dos meses", mo(2)))
C(RP, "2025-09-01", "La próxima semana arrancará el curso escolar en Andalucía.",
  D("La próxima semana", wk(1)))
C(RP, "2027-01-04", "La semana pasada, las lluvias dejaron 12 muertos en el estado de São Paulo.",
  D("La semana pasada", wk(-1)))
C(RP, "2020-12-28", "Hace dos años, el volcán entró en erupción y obligó a evacuar a 2.000 personas.",
  D("Hace dos años", yr(-2)))
C(RP, "2025-01-02", "El año pasado se vendieron en el país 1,2 millones de automóviles.",
  D("El año pasado", yr(-1)))
C(RP, "2026-12-30", "Esta semana la Bolsa mexicana ha acumulado una ganancia del 3 %.",
  D("Esta semana", wk(0)))

# -------------------------------------------------------------- month-year
MY = "month-year"
C(MY, "2025-12-16", "Las obras comenzarán en enero de 2026, según el calendario del ministerio.",
  D("enero de 2026", "2026-01"))
C(MY, "2025-12-16", "El fraude se detectó en septiembre de 2025 durante una auditoría interna.",
  D("septiembre de 2025", "2025-09"))
C(MY, "2025-12-16", "La planta entrará en operación en enero, informó la empresa.",
  D("enero", mon(1, F)))
C(MY, "2025-12-16", "Las exportaciones cayeron en octubre por la apreciación del peso.",
  D("octubre", mon(10, P)))
C(MY, "2026-01-10", "Durante diciembre se vendieron 120.000 vehículos nuevos, una cifra récord.",
  D("diciembre", mon(12, P)))
C(MY, "2026-01-10", "La campaña electoral arrancará durante febrero, según el calendario del tribunal.",
  D("febrero", mon(2, F)))
C(MY, "2026-03-15", "Los casos de dengue se han duplicado en marzo, informó la Secretaría de Salud.",
  D("marzo", mon(3, P)))
C(MY, "2024-11-20", "El Gobierno prevé aprobar la ley en 2025.",
  D("2025", "2025"))
C(MY, "2024-11-20", "La empresa opera en el país desde 2019 y emplea a 3.000 personas.",
  D("2019", "2019"))
C(MY, "2023-05-05", "El club cerró el 2022 con pérdidas de 15 millones de euros.",
  D("2022", "2022"))
C(MY, "2022-08-01", "La inflación acumulada en julio alcanzó el 7,4 %, según el instituto de estadística.",
  D("julio", mon(7, P)))
C(MY, "2021-10-10", "El festival se celebrará en noviembre en el Parque Simón Bolívar.",
  D("noviembre", mon(11, F)))
C(MY, "2019-02-20", "Los datos de marzo del 2018 ya anticipaban la desaceleración del consumo.",
  D("marzo del 2018", "2018-03"))
C(MY, "2027-04-02", "La nueva línea de metro se inaugurará en septiembre de 2027.",
  D("septiembre de 2027", "2027-09"))
C(MY, "2020-06-15", "La producción de cobre cayó en mayo un 5 %, informó la corporación estatal.",
  D("mayo", mon(5, P)))
C(MY, "2025-01-08", "En noviembre se registraron 3.200 homicidios en el país.",
  D("noviembre", mon(11, P)))
C(MY, "2025-11-25", "La aerolínea retomará en marzo los vuelos directos entre Bogotá y Lisboa.",
  D("marzo", mon(3, F)))
C(MY, "2026-07-01", "El número de turistas extranjeros superó en junio los nueve millones.",
  D("junio", mon(6, P)))
C(MY, "2024-09-10", "El expresidente fue condenado en agosto de 2023 a cinco años de prisión.",
  D("agosto de 2023", "2023-08"), DU("cinco años", "P5Y"))
C(MY, "2023-12-01", "El Gobierno devaluó el peso en agosto para contener la salida de divisas.",
  D("agosto", mon(8, P)))
C(MY, "2026-02-15", "El Mundial de Fútbol se disputará en junio y julio en tres países.",
  D("junio", mon(6, F)), D("julio", mon(7, F)))
C(MY, "2019-12-31", "Las reservas internacionales cerraron el 2019 en niveles récord.",
  D("2019", "2019"))
C(MY, "2021-04-04", "EL TRIBUNAL SUPREMO FIJÓ SU DOCTRINA EN ENERO DE 2021.",
  D("ENERO DE 2021", "2021-01"))
C(MY, "2025-10-01", "Los salarios reales crecieron en setiembre, según el banco central.",
  D("setiembre", mon(9, P)))
C(MY, "2022-05-01", "En 2021 se registraron 1.200 accidentes de tráfico en la provincia.",
  D("2021", "2021"))
C(MY, "2024-04-30", "Las elecciones municipales se celebrarán en octubre de 2024.",
  D("octubre de 2024", "2024-10"))
C(MY, "2027-11-11", "El proyecto, iniciado en 2017, estará terminado en febrero.",
  D("2017", "2017"), D("febrero", mon(2, F)))
C(MY, "2020-01-15", "Durante diciembre, las ventas minoristas crecieron un 6 %.",
  D("diciembre", mon(12, P)))
C(MY, "2023-06-20", "El ministro anunció que en julio se abrirá la convocatoria de becas.",
  D("julio", mon(7, F)))
C(MY, "2026-10-05", "La tasa de desempleo de agosto de 2026 fue la más baja desde 2008.",
  D("agosto de 2026", "2026-08"), D("2008", "2008"))
C(MY, "2024-01-12", "El acuerdo de paz se firmará en febrero en La Habana, confirmaron ambas delegaciones.",
  D("febrero", mon(2, F)))
C(MY, "2027-12-05", "Las matriculaciones de vehículos eléctricos se dispararon en noviembre.",
  D("noviembre", mon(11, P)))

# -------------------------------------------------------------------- part
PT = "part"
C(PT, "2025-12-16", "La nueva terminal aérea abrirá a mediados de agosto, según el operador aeroportuario.",
  D("mediados de agosto", mon(8, F), mod="MID"))
C(PT, "2025-05-10", "La constructora aseguró que la obra quedará terminada a finales de 2025.",
  D("finales de 2025", "2025", mod="END"))
C(PT, "2025-12-16", "El Gobierno presentará el plan de infraestructuras a principios de enero.",
  D("principios de enero", mon(1, F), mod="START"))
C(PT, "2025-12-16", "Las ventas crecerán un 5 % en el primer trimestre, prevé la patronal.",
  D("primer trimestre", qtr(1, F)))
C(PT, "2025-06-10", "La compañía espera recuperar la rentabilidad en el segundo semestre.",
  D("segundo semestre", half(2, F)))
C(PT, "2026-02-10", "El PIB creció un 0,8 % en el cuarto trimestre, impulsado por el consumo de los hogares.",
  D("cuarto trimestre", qtr(4, P)))
C(PT, "2024-08-20", "Las lluvias torrenciales de finales de julio dejaron cuantiosos daños en Guatemala.",
  D("finales de julio", mon(7, P), mod="END"))
C(PT, "2023-03-10", "El Gobierno prevé que el proceso constituyente concluya a fines de 2023.",
  D("fines de 2023", "2023", mod="END"))
C(PT, "2022-11-05", "El conflicto comenzó a principios de octubre, cuando los camioneros bloquearon las rutas.",
  D("principios de octubre", mon(10, P), mod="START"))
C(PT, "2021-01-20", "La primera partida de vacunas llegará al país a mediados de febrero.",
  D("mediados de febrero", mon(2, F), mod="MID"))
C(PT, "2020-09-01", "Desde comienzos de 2020, la empresa ha reducido su plantilla en un 10 %.",
  D("comienzos de 2020", "2020", mod="START"))
C(PT, "2026-05-05", "El segundo semestre de 2026 será decisivo para la recuperación del sector turístico.",
  D("segundo semestre de 2026", "2026-H2"))
C(PT, "2027-01-15", "La facturación del último trimestre de 2026 superó las previsiones de los analistas.",
  D("último trimestre de 2026", "2026-Q4"))
C(PT, "2019-07-01", "A mediados del año pasado, la naviera anunció la compra de cuatro buques.",
  D("mediados del año pasado", yr(-1), mod="MID"))
C(PT, "2025-12-16", "A finales de este año, el Gobierno habrá entregado 10.000 viviendas sociales.",
  D("finales de este año", yr(0), mod="END"))
C(PT, "2024-04-03", "El desempleo cayó durante el primer trimestre del año, según la encuesta de población activa.",
  D("primer trimestre del año", qtr(1, N)))
C(PT, "2023-11-29", "A finales del mes pasado, el peso colombiano alcanzó su nivel más alto frente al dólar.",
  D("finales del mes pasado", mo(-1), mod="END"))
C(PT, "2025-03-20", "A principios de este mes, los productores de leche protestaron frente al Ministerio.",
  D("principios de este mes", mo(0), mod="START"))
C(PT, "2022-12-20", "Las exportaciones del primer semestre superaron en un 12 % a las del mismo periodo anterior.",
  D("primer semestre", half(1, P)))
C(PT, "2026-10-02", "La economía entró en recesión técnica en el segundo trimestre.",
  D("segundo trimestre", qtr(2, P)))
C(PT, "2020-11-20", "A finales de enero, el Gobierno evaluará la reapertura de los colegios.",
  D("finales de enero", mon(1, F), mod="END"))
C(PT, "2024-06-14", "Las temperaturas bajarán a mediados de la próxima semana, según la agencia meteorológica.",
  D("mediados de la próxima semana", wk(1), mod="MID"))
C(PT, "2019-01-10", "A finales de diciembre, un temporal de nieve dejó incomunicados a varios pueblos de Teruel.",
  D("finales de diciembre", mon(12, P), mod="END"))
C(PT, "2027-09-01", "La aerolínea prevé recuperar sus niveles de tráfico en el cuarto trimestre.",
  D("cuarto trimestre", qtr(4, F)))
C(PT, "2025-02-01", "El Ejecutivo espera cerrar el acuerdo con los transportistas a principios de marzo.",
  D("principios de marzo", mon(3, F), mod="START"))
C(PT, "2023-08-16", "Los incendios forestales se intensificaron a mediados de agosto en la isla de Tenerife.",
  D("mediados de agosto", mon(8, P), mod="MID"))
C(PT, "2026-01-08", "A FINALES DE 2026 ESTARÁ OPERATIVA LA PLANTA DESALADORA.",
  D("FINALES DE 2026", "2026", mod="END"))
C(PT, "2024-10-30", "El contrato fue adjudicado a fines de septiembre a una empresa española.",
  D("fines de septiembre", mon(9, P), mod="END"))

# ------------------------------------------------------------------- range
RG = "range"
C(RG, "2025-06-20", "El festival se celebrará del 13 al 15 de julio en el parque de la ribera.",
  D("13", md(7, 13, F), rng="from"), D("15 de julio", md(7, 15, F), rng="to"))
C(RG, "2026-01-20", "Las inscripciones estarán abiertas entre el 1 y el 4 de febrero.",
  D("1", md(2, 1, F), rng="from"), D("4 de febrero", md(2, 4, F), rng="to"))
C(RG, "2026-01-14", "La nueva tarifa del transporte público se aplicará a partir del viernes 23 de enero de 2026.",
  D("viernes 23 de enero de 2026", "2026-01-23", start_point=True))
C(RG, "2025-12-03", "La comisión investigadora analizará los contratos firmados entre el 2 de enero de 2023 y el 31 de diciembre de 2024.",
  D("2 de enero de 2023", "2023-01-02", rng="from"), D("31 de diciembre de 2024", "2024-12-31", rng="to"))
C(RG, "2025-12-20", "El tráfico en el paso fronterizo estará restringido del 28 de diciembre al 3 de enero.",
  D("28 de diciembre", md(12, 28, F), rng="from"), D("3 de enero", md(1, 3, F), rng="to"))
C(RG, "2024-05-02", "La feria del libro se desarrolló del 25 de abril al 1 de mayo con récord de asistencia.",
  D("25 de abril", md(4, 25, P), rng="from"), D("1 de mayo", md(5, 1, P), rng="to"))
C(RG, "2026-03-01", "El congreso científico tendrá lugar del 3 al 7 de noviembre de 2026 en Cartagena de Indias.",
  D("3", "2026-11-03", rng="from"), D("7 de noviembre de 2026", "2026-11-07", rng="to"))
C(RG, "2023-02-10", "Entre 2019 y 2022, la deuda pública del país creció 20 puntos.",
  D("2019", "2019", rng="from"), D("2022", "2022", rng="to"))
C(RG, "2025-11-10", "Los comercios del centro abrirán con horario ampliado de enero a marzo de 2026.",
  D("enero", "2026-01", rng="from"), D("marzo de 2026", "2026-03", rng="to"))
C(RG, "2022-03-15", "La veda pesquera regirá a partir del 1 de abril en el litoral del Pacífico.",
  D("1 de abril", md(4, 1, F), start_point=True))
C(RG, "2021-07-21", "Las restricciones estarán vigentes desde el lunes 26 hasta el domingo 1 de agosto.",
  D("lunes 26", md(7, 26, F), rng="from"), D("domingo 1 de agosto", md(8, 1, F), rng="to"))
C(RG, "2020-10-01", "El plazo de alegaciones fue del 1 al 30 de septiembre.",
  D("1", md(9, 1, P), rng="from"), D("30 de septiembre", md(9, 30, P), rng="to"))
C(RG, "2025-12-16", "A partir de mañana, los conductores deberán llevar chalecos reflectantes en el vehículo.",
  D("mañana", rel(1), start_point=True))
C(RG, "2027-05-10", "Del lunes 17 al viernes 21 de mayo, la ciudad acogerá la cumbre iberoamericana.",
  D("lunes 17", md(5, 17, F), rng="from"), D("viernes 21 de mayo", md(5, 21, F), rng="to"))
C(RG, "2024-01-15", "Los ciudadanos podrán votar por anticipado entre el 8 y el 10 de marzo.",
  D("8", md(3, 8, F), rng="from"), D("10 de marzo", md(3, 10, F), rng="to"))
C(RG, "2019-08-01", "Las obras se prolongarán desde el 5 de agosto hasta el 20 de septiembre.",
  D("5 de agosto", md(8, 5, F), rng="from"), D("20 de septiembre", md(9, 20, F), rng="to"))
C(RG, "2026-08-20", "Del 2 al 6 de septiembre se celebrará la Semana de la Moda de Bogotá.",
  D("2", md(9, 2, F), rng="from"), D("6 de septiembre", md(9, 6, F), rng="to"))
C(RG, "2025-03-03", "A partir del 1 de julio de 2025, las bolsas de plástico de un solo uso quedarán prohibidas.",
  D("1 de julio de 2025", "2025-07-01", start_point=True))
C(RG, "2022-12-27", "Entre el 24 y el 26 de diciembre, las autoridades registraron 18 accidentes mortales en las carreteras.",
  D("24", md(12, 24, P), rng="from"), D("26 de diciembre", md(12, 26, P), rng="to"))
C(RG, "2023-04-18", "La exposición podrá visitarse desde abril hasta septiembre en el museo de bellas artes.",
  D("abril", mon(4, F), rng="from"), D("septiembre", mon(9, F), rng="to"))
C(RG, "2026-01-26", "A partir del próximo lunes, el metro ampliará su horario nocturno.",
  D("próximo lunes", wd("lunes", "gt"), start_point=True))
C(RG, "2024-12-18", "Las oficinas públicas permanecerán cerradas del 24 de diciembre al 6 de enero.",
  D("24 de diciembre", md(12, 24, F), rng="from"), D("6 de enero", md(1, 6, F), rng="to"))

# ---------------------------------------------------------------- duration
DR = "duration"
C(DR, "2025-12-16", "Los rescatistas trabajaron durante tres semanas para recuperar los cuerpos.",
  DU("tres semanas", "P3W"))
C(DR, "2025-12-16", "El niño fue hallado con vida tras 24 horas de búsqueda en la sierra.",
  DU("24 horas", "PT24H"))
C(DR, "2024-05-10", "El tribunal impuso al exalcalde una condena de seis años de prisión.",
  DU("seis años", "P6Y"))
C(DR, "2023-08-08", "El conflicto con los docentes se prolongó durante dos meses.",
  DU("dos meses", "P2M"))
C(DR, "2022-06-06", "El debate entre los candidatos duró 90 minutos y se centró en la seguridad.",
  DU("90 minutos", "PT90M"))
C(DR, "2021-03-03", "Los afectados permanecieron diez días en el albergue municipal.",
  DU("diez días", "P10D"))
C(DR, "2025-02-14", "El juez decretó seis meses de prisión preventiva para el empresario.",
  DU("seis meses", "P6M"))
C(DR, "2026-04-04", "Tras dos años de negociaciones, ambos países firmaron el tratado de libre comercio.",
  DU("dos años", "P2Y"))
C(DR, "2020-04-10", "El Gobierno decretó una cuarentena de 15 días en la capital.",
  DU("15 días", "P15D"))
C(DR, "2019-09-09", "El vuelo entre Madrid y Buenos Aires dura unas 12 horas.",
  DU("12 horas", "PT12H"))
C(DR, "2024-12-12", "La autopista permanecerá cerrada 48 horas por los trabajos de repavimentación.",
  DU("48 horas", "PT48H"))
C(DR, "2023-01-20", "El acusado pasó cinco años en prisión antes de ser absuelto.",
  DU("cinco años", "P5Y"))
C(DR, "2022-10-10", "El apagón duró tres horas y afectó a más de un millón de usuarios.",
  DU("tres horas", "PT3H"))
C(DR, "2027-03-03", "El contrato tiene una vigencia de diez años, prorrogable una sola vez.",
  DU("diez años", "P10Y"))
C(DR, "2025-09-15", "Tras 45 minutos de deliberación, el jurado declaró culpable al acusado.",
  DU("45 minutos", "PT45M"))
C(DR, "2021-11-30", "La misión espacial tendrá una duración de seis meses.",
  DU("seis meses", "P6M"))
C(DR, "2026-12-01", "El sospechoso estuvo prófugo durante una semana.",
  DU("una semana", "P1W"))
C(DR, "2020-08-20", "El confinamiento se prolongó 100 días en la región.",
  DU("100 días", "P100D"))
C(DR, "2023-05-25", "La operación quirúrgica duró ocho horas y media.",
  DU("ocho horas y media", "PT8H30M"))
C(DR, "2022-02-02", "Los mineros permanecieron atrapados 69 días a 700 metros de profundidad.",
  DU("69 días", "P69D"))
C(DR, "2025-04-04", "El puente estuvo en obras durante un año y medio.",
  DU("un año y medio", "P1Y6M"))
C(DR, "2024-02-15", "La tormenta dejó sin luz durante 36 horas a varios barrios de Montevideo.",
  DU("36 horas", "PT36H"))
C(DR, "2019-06-30", "El ciclista recorrió los 200 kilómetros de la etapa en cinco horas y diez minutos.",
  DU("cinco horas y diez minutos", "PT5H10M"))
C(DR, "2026-09-10", "El Gobierno dio a la empresa un plazo de 30 días para reparar los daños.",
  DU("30 días", "P30D"))
C(DR, "2021-07-07", "Los bomberos necesitaron cuatro días para extinguir el incendio.",
  DU("cuatro días", "P4D"))
C(DR, "2025-11-11", "El exgobernador fue condenado a 15 años de cárcel por lavado de dinero.",
  DU("15 años", "P15Y"))
C(DR, "2027-06-06", "La huelga de los controladores aéreos se extendió por dos semanas.",
  DU("dos semanas", "P2W"))
C(DR, "2024-08-08", "Tras una hora de retraso, el avión despegó rumbo a Santiago.",
  DU("una hora", "PT1H"))

# --------------------------------------------------------------------- set
ST = "set"
C(ST, "2025-12-16", "El festival de cine se celebra cada año en la ciudad de Oaxaca.",
  S("cada año", "P1Y"))
C(ST, "2020-04-02", "La comisión de expertos revisará cada semana la evolución de los contagios.",
  S("cada semana", "P1W"))
C(ST, "2024-01-10", "Los pensionistas cobrarán cada mes un complemento de 50 euros.",
  S("cada mes", "P1M"))
C(ST, "2023-03-03", "El camión de recolección de basura pasa cada día por el barrio.",
  S("cada día", "P1D"))
C(ST, "2022-11-15", "El Ministerio publica diariamente el parte de afectados por las lluvias.",
  S("diariamente", "P1D"))
C(ST, "2021-02-02", "El informe de transparencia del organismo se actualiza anualmente.",
  S("anualmente", "P1Y"))
C(ST, "2026-05-05", "Los ganaderos se reúnen mensualmente con la Secretaría de Agricultura.",
  S("mensualmente", "P1M"))
C(ST, "2025-08-18", "Cada semana llegan al puerto unos 300 migrantes en embarcaciones precarias.",
  S("Cada semana", "P1W"))
C(ST, "2019-10-10", "Los médicos atienden diariamente a 400 pacientes en el hospital de campaña.",
  S("diariamente", "P1D"))
C(ST, "2027-02-02", "El Banco Central revisa trimestralmente sus previsiones de crecimiento.",
  S("trimestralmente", "P3M"))
C(ST, "2024-09-09", "La competición se disputa cada dos años desde su creación.",
  S("cada dos años", "P2Y"))
C(ST, "2023-11-20", "Cada año, desde 2015, la marcha recuerda a las víctimas de la violencia machista.",
  S("Cada año", "P1Y"), D("2015", "2015"))
C(ST, "2022-06-01", "La encuesta de confianza del consumidor se realiza cada mes desde enero de 2020.",
  S("cada mes", "P1M"), D("enero de 2020", "2020-01"))
C(ST, "2026-03-03", "Las autoridades sanitarias informan semanalmente del número de casos de sarampión.",
  S("semanalmente", "P1W"))
C(ST, "2025-04-14", "El transbordador cruza el estrecho todos los días, salvo cuando hay temporal.",
  S("todos los días", "P1D"))
C(ST, "2021-08-30", "La patronal negocia cada año con los sindicatos la actualización de los salarios.",
  S("cada año", "P1Y"))
C(ST, "2020-12-12", "Los voluntarios reparten comida cada quince días en el comedor social.",
  S("cada quince días", "P15D"))

# -------------------------------------------------------------------- time
TM = "time"
C(TM, "2025-12-16", "El 11 de diciembre, a las 9:15 horas, un camión cisterna volcó en la autopista.",
  D("11 de diciembre", md(12, 11, P)), T("9:15 horas", at(md(12, 11, P), "09:15")))
C(TM, "2025-12-16", "Un sismo de magnitud 5,1 se registró a las 18:00 horas en la costa de Oaxaca.",
  T("18:00 horas", at(rel(0), "18:00")))
C(TM, "2024-03-01", "Ayer a las 7 de la mañana, los trabajadores bloquearon los accesos a la planta.",
  D("Ayer", rel(-1)), T("7 de la mañana", at(rel(-1), "07:00")))
C(TM, "2023-06-15", "El presidente ofrecerá un mensaje a la nación a las 8 de la noche.",
  T("8 de la noche", at(rel(0), "20:00")))
C(TM, "2022-12-31", "La retransmisión de las campanadas comenzará a las 23:45 horas del 31 de diciembre desde la Puerta del Sol.",
  T("23:45 horas", at(md(12, 31, F), "23:45")), D("31 de diciembre", md(12, 31, F)))
C(TM, "2021-05-05", "La reunión de los ministros terminará al mediodía, según la agenda oficial.",
  T("mediodía", at(rel(0), "12:00")))
C(TM, "2026-01-20", "El viernes 23 de enero de 2026 a las 10:00 horas se abrirá el plazo de inscripción.",
  D("viernes 23 de enero de 2026", "2026-01-23"), T("10:00 horas", "2026-01-23T10:00"))
C(TM, "2025-08-14", "El tren descarriló a las 6:40 horas de este jueves en las inmediaciones de Córdoba.",
  T("6:40 horas", at(wd("jueves", "le"), "06:40")), D("este jueves", wd("jueves", "le")))
C(TM, "2020-02-10", "El concierto empezará a las 21.30 horas en el Palau Sant Jordi.",
  T("21.30 horas", at(rel(0), "21:30")))
C(TM, "2019-09-19", "A las 13:14 horas del 19 de septiembre de 2017, un sismo de magnitud 7,1 sacudió el centro de México.",
  T("13:14 horas", "2017-09-19T13:14"), D("19 de septiembre de 2017", "2017-09-19"))
C(TM, "2027-07-02", "El lanzamiento del satélite está previsto para mañana a las 3 de la tarde.",
  D("mañana", rel(1)), T("3 de la tarde", at(rel(1), "15:00")))
C(TM, "2024-11-05", "Los colegios electorales cerrarán a las 19:00 horas.",
  T("19:00 horas", at(rel(0), "19:00")))
C(TM, "2023-02-14", "El pasado 10 de febrero, a las 4 de la madrugada, un incendio arrasó el mercado municipal.",
  D("El pasado 10 de febrero", md(2, 10, P)), T("4 de la madrugada", at(md(2, 10, P), "04:00")))
C(TM, "2025-05-31", "Anoche, hacia las 22:30 horas, la policía detuvo a dos hombres armados en Rosario.",
  T("Anoche", tod(-1, "NI")), T("22:30 horas", at(rel(-1), "22:30")))
C(TM, "2022-04-22", "La ceremonia de investidura comenzará al mediodía del lunes.",
  T("mediodía", at(wd("lunes", "ge"), "12:00")), D("lunes", wd("lunes", "ge")))
C(TM, "2026-06-11", "El partido inaugural arrancará a las 13:00 horas, hora local.",
  T("13:00 horas", at(rel(0), "13:00")))
C(TM, "2021-10-18", "A las 10 de la mañana de hoy, la Bolsa de Santiago caía un 2 %.",
  T("10 de la mañana", at(rel(0), "10:00")), D("hoy", rel(0)))
C(TM, "2020-11-01", "Las urnas abrieron a las 8:00 y cerraron a las 18:00 horas.",
  T("8:00", at(rel(0), "08:00")), T("18:00 horas", at(rel(0), "18:00")))
C(TM, "2025-12-16", "El próximo jueves, a las 12:30 horas, el rey recibirá a los premiados en el Palacio Real.",
  D("El próximo jueves", wd("jueves", "gt")), T("12:30 horas", at(wd("jueves", "gt"), "12:30")))
C(TM, "2023-09-30", "El tren de alta velocidad salió de Atocha a las 7:05 horas y llegó a Barcelona a las 9:35 horas.",
  T("7:05 horas", at(rel(0), "07:05")), T("9:35 horas", at(rel(0), "09:35")))
C(TM, "2026-01-01", "El primer bebé de 2026 nació a las 00:03 horas en el Hospital General.",
  D("2026", "2026"), T("00:03 horas", at(rel(0), "00:03")))
C(TM, "2024-07-18", "El volcán registró una explosión a las 5 de la mañana de ayer.",
  T("5 de la mañana", at(rel(-1), "05:00")), D("ayer", rel(-1)))
C(TM, "2019-03-08", "La marcha partirá a las 19 horas desde la Glorieta de Insurgentes.",
  T("19 horas", at(rel(0), "19:00")))
C(TM, "2027-11-30", "El juicio se reanudará el 2 de diciembre a las 9:30.",
  D("2 de diciembre", md(12, 2, F)), T("9:30", at(md(12, 2, F), "09:30")))
C(TM, "2022-07-07", "Los bomberos recibieron el aviso a las 14:20 horas del miércoles.",
  T("14:20 horas", at(wd("miércoles", "le"), "14:20")), D("miércoles", wd("miércoles", "le")))
C(TM, "2024-02-28", "El temporal obligó a cerrar el puerto a las 11 de la noche de ayer.",
  T("11 de la noche", at(rel(-1), "23:00")), D("ayer", rel(-1)))
C(TM, "2025-03-15", "EL CORTE DE LUZ SE PRODUJO A LAS 16:45 HORAS Y AFECTÓ A CINCO BARRIOS.",
  T("16:45 HORAS", at(rel(0), "16:45")))

# ------------------------------------------------------------------ no-dct
ND = "no-dct"
C(ND, None, "El acuerdo fue firmado el 11 de diciembre de 2025 en la ciudad de Panamá.",
  D("11 de diciembre de 2025", "2025-12-11"))
C(ND, None, "El pasado 11 de diciembre, durante la última sesión ordinaria de 2025, el Congreso aprobó la reforma tributaria.",
  D("El pasado 11 de diciembre", "2025-12-11", "inferred"), D("2025", "2025"))
C(ND, None, "Ayer, la policía detuvo a tres sospechosos del secuestro en Monterrey.",
  D("Ayer", "XXXX-XX-XX"))
C(ND, None, "El presidente se reunió este martes con empresarios del sector energético.",
  D("este martes", "XXXX-XX-XX"))
C(ND, None, "El 3 de marzo se celebrará la junta general de accionistas.",
  D("3 de marzo", "XXXX-03-03"))
C(ND, None, "Durante la sequía de 2023, los embalses llegaron al 20 % de su capacidad el 15 de enero.",
  D("2023", "2023"), D("15 de enero", "2023-01-15", "inferred"))
C(ND, None, "Anoche se registró un fuerte temporal en la costa cantábrica.",
  T("Anoche", "XXXX-XX-XXTNI"))
C(ND, None, "La reunión comenzará a las 9:15 horas en la sede del partido.",
  T("9:15 horas", "XXXX-XX-XXT09:15"))
C(ND, None, "La semana pasada, el peso se depreció un 3 % frente al dólar.",
  D("La semana pasada", "XXXX-WXX"))
C(ND, None, "El año pasado se registraron 1.500 homicidios en la provincia.",
  D("El año pasado", "XXXX"))
C(ND, None, "El tribunal condenó al acusado a tres años de prisión por fraude.",
  DU("tres años", "P3Y"))
C(ND, None, "La reforma entró en vigor el 1 de enero de 2024 y, desde el pasado 15 de marzo, se aplica también a las pymes.",
  D("1 de enero de 2024", "2024-01-01"), D("el pasado 15 de marzo", "2024-03-15", "inferred"))
C(ND, None, "El Mundial de 2026 arrancará el 11 de junio en Ciudad de México.",
  D("2026", "2026"), D("11 de junio", "2026-06-11", "inferred"))
C(ND, None, "En enero, la producción petrolera cayó un 5 %.",
  D("enero", "XXXX-01"))
C(ND, None, "En marzo de 2022, la compañía anunció su salida de Rusia; en mayo completó la venta de sus activos.",
  D("marzo de 2022", "2022-03"), D("mayo", "2022-05", "inferred"))
C(ND, None, "Hace tres días, un incendio destruyó una fábrica textil en las afueras de Lima.",
  D("Hace tres días", "XXXX-XX-XX"))
C(ND, None, "El juicio oral se celebrará del 13 al 15 de julio.",
  D("13", "XXXX-07-13", rng="from"), D("15 de julio", "XXXX-07-15", rng="to"))
C(ND, None, "El Ministerio publica cada semana el boletín epidemiológico.",
  S("cada semana", "P1W"))
C(ND, None, "El viernes 23 de enero de 2026 se abrirá la convocatoria de ayudas.",
  D("viernes 23 de enero de 2026", "2026-01-23"))
C(ND, None, "Mañana, el Senado votará la reforma del sistema de pensiones.",
  D("Mañana", "XXXX-XX-XX"))
C(ND, None, "Hoy, la Bolsa de Madrid abrió con fuertes caídas.",
  D("Hoy", "XXXX-XX-XX"))
C(ND, None, "Según el informe, entre 2018 y 2022 la pobreza se redujo, pero a finales de 2023 volvió a repuntar.",
  D("2018", "2018", rng="from"), D("2022", "2022", rng="to"), D("finales de 2023", "2023", mod="END"))
C(ND, None, "La ministra comparecerá el día 12 ante la comisión de Presupuestos.",
  D("día 12", "XXXX-XX-12"))
C(ND, None, "El censo se levantó en 2020 y concluyó el 27 de marzo, tras un intenso trabajo de campo.",
  D("2020", "2020"), D("27 de marzo", "2020-03-27", "inferred"))
C(ND, None, "El equipo ganó la liga en 2019 y el 2 de junio recibió el trofeo ante su afición.",
  D("2019", "2019"), D("2 de junio", "2019-06-02", "inferred"))
C(ND, None, "La planta, inaugurada en 1998, fue vendida en 2021; el pasado 4 de octubre cerró definitivamente.",
  D("1998", "1998"), D("2021", "2021"), D("el pasado 4 de octubre", "2021-10-04", "inferred"))
C(ND, None, "EL 11 DE DICIEMBRE DE 2025 SE PUBLICÓ EL DECRETO EN EL BOLETÍN OFICIAL.",
  D("11 DE DICIEMBRE DE 2025", "2025-12-11"))
C(ND, None, "La tormenta mantuvo cerrado el aeropuerto durante 36 horas.",
  DU("36 horas", "PT36H"))
C(ND, None, "Esta mañana, los agricultores bloquearon las carreteras de acceso a Valencia.",
  T("Esta mañana", "XXXX-XX-XXTMO"))
C(ND, None, "El próximo mes, el Gobierno presentará el plan nacional de vivienda.",
  D("El próximo mes", "XXXX-XX"))
C(ND, None, "A mediados de agosto de 2024 se detectaron los primeros casos; a finales de septiembre ya había 300 contagios.",
  D("mediados de agosto de 2024", "2024-08", mod="MID"), D("finales de septiembre", "2024-09", "inferred", mod="END"))
C(ND, None, "El 15/03/2023 se presentó la denuncia y el 20 de marzo el juez citó al acusado.",
  D("15/03/2023", "2023-03-15"), D("20 de marzo", "2023-03-20", "inferred"))
C(ND, None, "El primer trimestre fue el peor para el sector turístico.",
  D("primer trimestre", "XXXX-Q1"))
C(ND, None, "Las elecciones se celebrarán el domingo 7 de junio.",
  D("domingo 7 de junio", "XXXX-06-07"))
C(ND, None, "El 8 de marzo de 2025, miles de mujeres marcharon en Madrid; el 9 de marzo, la policía informó de 12 detenidos.",
  D("8 de marzo de 2025", "2025-03-08"), D("9 de marzo", "2025-03-09", "inferred"))
C(ND, None, "Hace dos años, la empresa todavía cotizaba en la bolsa de Nueva York.",
  D("Hace dos años", "XXXX"))
C(ND, None, "El tren saldrá mañana a las 7 de la mañana desde la estación central.",
  D("mañana", "XXXX-XX-XX", occ=0), T("7 de la mañana", "XXXX-XX-XXT07:00"))
C(ND, None, "El 11 de diciembre de 2025, a las 9:15 horas, se abrieron las urnas en todo el país.",
  D("11 de diciembre de 2025", "2025-12-11"), T("9:15 horas", "2025-12-11T09:15"))
C(ND, None, "La Fiscalía abrió la investigación el día 3 y pidió la detención del alcalde el 15.",
  D("día 3", "XXXX-XX-03"), D("15", "XXXX-XX-15"))
C(ND, None, "El lunes, el Ejecutivo presentará su plan de ajuste ante el Parlamento.",
  D("lunes", "XXXX-XX-XX"))
C(ND, None, "El jueves 11 de diciembre, en la última sesión plenaria de 2025, la Cámara aprobó el presupuesto.",
  D("jueves 11 de diciembre", "2025-12-11", "inferred"), D("2025", "2025"))
C(ND, None, "La Organización Mundial de la Salud declaró la pandemia en marzo de 2020 y la emergencia se levantó en mayo de 2023.",
  D("marzo de 2020", "2020-03"), D("mayo de 2023", "2023-05"))
C(ND, None, "Los trabajadores fueron despedidos el pasado 30 de noviembre sin recibir su finiquito.",
  D("el pasado 30 de noviembre", "XXXX-11-30"))
C(ND, None, "Desde 2022 el servicio funciona cada día entre las 6:00 y las 23:00 horas.",
  D("2022", "2022"), S("cada día", "P1D"), T("6:00", "XXXX-XX-XXT06:00", rng="from"), T("23:00 horas", "XXXX-XX-XXT23:00", rng="to"))

# ---------------------------------------------------------------- negative
NG = "negative"
C(NG, "2025-12-16", "La Secretaría de Relaciones Exteriores (@SRE_mx) informó que 32 entidades participarán en el operativo consular.")
C(NG, "2025-11-20", "La Fiscalía abrió 125 investigaciones por presuntos delitos electorales.")
C(NG, "2024-08-05", "Más de 2.500 elementos de la Guardia Nacional fueron desplegados en la frontera norte.")
C(NG, "2023-04-22", "El XXV Congreso Nacional del partido reunió a delegados de todo el país.")
C(NG, "2025-02-11", "Los interesados pueden llamar al teléfono 55 5123 4567 para solicitar información.")
C(NG, "2022-09-30", "La embajada habilitó el número +52 55 1234 5678 para atender a los connacionales.")
C(NG, "2025-06-03", "La Ley 2/2025 de vivienda limita el precio de los alquileres en las zonas tensionadas.")
C(NG, "2024-10-21", "El Decreto 14/2024 regula el uso de drones en los espacios públicos.")
C(NG, "2021-05-18", "El artículo 12 de la Constitución garantiza el derecho a la educación gratuita.")
C(NG, "2023-10-29", "El Real Madrid ganó 3-1 al Sevilla con dos goles de su delantero brasileño.")
C(NG, "2022-04-03", "El Atlético Nacional venció 2-0 a Millonarios en el estadio Atanasio Girardot.")
C(NG, "2020-07-15", "El desempleo juvenil alcanza el 15 por ciento en las zonas rurales.")
C(NG, "2019-05-27", "El partido oficialista obtuvo el 3 % de los votos en la circunscripción.")
C(NG, "2026-02-17", "Un accidente en la ruta 15 dejó tres heridos leves.")
C(NG, "2025-09-09", "El tráfico está cortado en la carretera 57D a la altura de Querétaro.")
C(NG, "2025-03-28", "El vuelo 2025 de la aerolínea fue desviado a Guayaquil por una falla técnica.")
C(NG, "2024-01-30", "El kilo de tortilla se vende a 28 pesos en algunas tiendas de la capital.")
C(NG, "2023-06-06", "La entrada general cuesta 1.200 pesos en la taquilla del estadio.")
C(NG, "2022-09-20", "El epicentro se localizó en las coordenadas 16.75 de latitud norte y 99.12 de longitud oeste.")
C(NG, "2021-11-07", "El jugador con el número 11 fue expulsado por doble amonestación.")
C(NG, "2025-07-22", "Los comerciantes de la calle 5 de Mayo 23 denunciaron extorsiones ante la fiscalía.")
C(NG, "2020-10-10", "Miles de personas se concentraron en la avenida 9 de Julio de Buenos Aires.")
C(NG, "2021-01-25", "Los heridos fueron trasladados al Hospital 12 de Octubre de Madrid.")
C(NG, "2024-04-16", "Los vecinos de la colonia 20 de Noviembre exigen el suministro regular de agua.")
C(NG, "2019-12-03", "El Sr. Ramírez, p. ej., presentó 14 recursos ante el tribunal.")
C(NG, "2020-06-09", "En la conferencia mañanera, el presidente abordó la crisis de seguridad en Sinaloa.")
C(NG, "2023-02-27", "La Plaza 25 de Mayo de la ciudad de Resistencia fue escenario de la protesta.")
C(NG, "2025-01-14", "La línea 12 del metro transporta a 450.000 pasajeros.")
C(NG, "2024-12-02", "El municipio cuenta con 2.024 viviendas sin acceso a drenaje.")
C(NG, "2022-05-05", "Un caza F-16 de la fuerza aérea sufrió una avería durante las maniobras.")
C(NG, "2021-10-31", "La cumbre del G20 reunió a los líderes de las principales economías.")
C(NG, "2026-04-12", "El Barcelona se impuso por 4-2 en la prórroga y se clasificó para la final.")
C(NG, "2023-09-12", "El precio del barril Brent se situó en 82,35 dólares.")
C(NG, "2024-03-21", "La tasa de interés de referencia quedó en el 10,75 %.")
C(NG, "2019-06-17", "El candidato obtuvo 1.999 votos más que su rival.")
C(NG, "2025-10-06", "El equipo ocupa el puesto 8 de la clasificación con 30 puntos.")
C(NG, "2022-02-14", "La sala 3 del juzgado de lo penal acogerá la vista.")
C(NG, "2020-09-18", "El expediente 1523/2019 fue archivado por falta de pruebas.")
C(NG, "2021-06-25", "El artículo 135 de la Carta Magna fija el límite de déficit estructural.")
C(NG, "2023-01-31", "El incendio consumió 1.800 hectáreas de bosque nativo en la región de Ñuble.")
C(NG, "2024-07-07", "El iPhone 15 encabezó las ventas de teléfonos inteligentes en la región.")
C(NG, "2026-08-08", "El boxeador ganó por nocaut en el asalto 7.")
C(NG, "2025-05-16", "El buque transportaba 40 contenedores con material médico.")
C(NG, "2023-07-04", "El Real Decreto 5/2023, aprobado el 28 de junio de 2023, amplía las ayudas al transporte.",
  D("28 de junio de 2023", "2023-06-28"))
C(NG, "2025-11-03", "El Atlético ganó 2-1 el pasado sábado con un gol en el minuto 90.",
  D("el pasado sábado", wd("sábado", "lt")))
C(NG, "2024-09-17", "La calle 13 de Septiembre quedó bloqueada ayer por una manifestación de maestros.",
  D("ayer", rel(-1)))
C(NG, "2022-10-26", "La moción obtuvo 312 votos a favor y 15 en contra.")
C(NG, "2019-04-08", "Un autobús con 45 pasajeros cayó por un barranco en el kilómetro 23 de la carretera.")
C(NG, "2021-03-09", "El índice bursátil subió un 4,3 % hasta los 1.250.000 puntos.")
C(NG, "2024-09-05", "La escuela primaria 16 de Septiembre fue rehabilitada por el municipio.")
C(NG, "2023-05-19", "El lote 2023-B de medicamentos fue retirado de las farmacias.")
C(NG, "2020-03-25", "El paquete de ayuda asciende a 3.000 millones de euros.")
C(NG, "2026-11-19", "Los agentes incautaron 11 kilos de cocaína y 12 armas de fuego.")
C(NG, "2019-08-26", "La orquesta interpretó la Sinfonía n.º 9 de Beethoven ante un auditorio lleno.")
C(NG, "2022-12-12", "La tasa de natalidad cayó a 1,19 hijos por mujer.")
C(NG, "2027-04-04", "El Código Penal castiga este delito con multas de hasta 6.000 euros.")
C(NG, "2020-02-20", "El diputado presentó 20 enmiendas al proyecto de ley.")
C(NG, "2025-08-31", "El club 2 de Mayo de Pedro Juan Caballero ganó 1-0 su partido de visita.")
C(NG, "2021-12-14", "Nueve de cada diez encuestados apoyan la medida, según el sondeo.")
C(NG, "2023-03-17", "La pandemia de COVID-19 dejó más de 300.000 muertos en el país.")
C(NG, "2026-06-21", "El grupo ocupa el puesto 2 en las listas de éxitos con su disco «Mañana será otro día».")
C(NG, "2027-09-15", "La Agencia Tributaria envió 1.800.000 notificaciones, p. ej., a los autónomos con deudas.")
C(NG, "2025-04-30", "El piloto español terminó en la posición 11 y sumó 6 puntos.")
C(NG, "2020-11-11", "El tramo de la A-7 entre los kilómetros 1020 y 1034 permanecerá cortado al tráfico.")


# ============================================================================
# Build + validation
# ============================================================================
MONTHS = ("enero febrero marzo abril mayo junio julio agosto septiembre "
          "setiembre octubre noviembre diciembre").split()
LINT_RE = re.compile(
    r"(?<!\w)(" + "|".join(MONTHS) +
    r"|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|hoy|ayer"
    r"|anoche|mañana|tarde|noche|años?|mes(?:es)?|semanas?|días?|horas?"
    r"|minutos?|trimestre|semestre|ahora|actualmente|(?:1[89]|20)\d\d)(?!\w)",
    re.IGNORECASE)

DATE_RE = re.compile(
    r"^(?:PRESENT_REF"
    r"|(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?"
    r"|(?:\d{4}|XXXX)-W(?:\d{2}|XX)"
    r"|(?:\d{4}|XXXX)-Q[1-4]"
    r"|(?:\d{4}|XXXX)-H[12])$")
TIME_RE = re.compile(
    r"^((?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX))T(MO|AF|EV|NI|(\d{2}):(\d{2}))$")
DUR_RE = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")


def fail(cid, msg):
    raise SystemExit(f"[{cid}] {msg}")


def check_date_part(cid, v):
    """v: date-ish value.  Verify real calendar values where digits are given."""
    m = re.match(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$", v)
    if m:
        y = 2024 if m.group(1) == "XXXX" else int(m.group(1))   # 2024: allow 29 Feb
        try:
            date(y, int(m.group(2)), int(m.group(3)))
        except ValueError as e:
            fail(cid, f"impossible date {v}: {e}")
    m = re.match(r"^(\d{4}|XXXX)-(\d{2})$", v)
    if m and not 1 <= int(m.group(2)) <= 12:
        fail(cid, f"bad month {v}")
    m = re.match(r"^XXXX-XX-(\d{2})$", v)
    if m and not 1 <= int(m.group(1)) <= 31:
        fail(cid, f"bad day {v}")
    m = re.match(r"^(\d{4})-W(\d{2})$", v)
    if m:
        try:
            date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            fail(cid, f"impossible ISO week {v}")


def validate_value(cid, typ, v):
    if typ == "DATE":
        if not DATE_RE.match(v):
            fail(cid, f"malformed DATE value {v!r}")
        check_date_part(cid, v)
    elif typ == "TIME":
        m = TIME_RE.match(v)
        if not m:
            fail(cid, f"malformed TIME value {v!r}")
        check_date_part(cid, m.group(1))
        if m.group(3) is not None:
            hh, mm = int(m.group(3)), int(m.group(4))
            if hh > 24 or mm > 59 or (hh == 24 and mm):
                fail(cid, f"bad clock {v}")
    elif typ in ("DURATION", "SET"):
        if not DUR_RE.match(v):
            fail(cid, f"malformed {typ} value {v!r}")
    else:
        fail(cid, f"bad type {typ}")


def word_occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        j = i + len(sub)
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(i)
        i = text.find(sub, i + 1)
    return out


def weekday_in(s):
    words = re.findall(r"\w+", fold(s))
    hits = [w for w in words if w in WEEKDAYS]
    return hits[0] if hits else None


def build():
    seen_text = set()
    counters = Counter()
    records = []
    for form, dct, text, mentions in CASES:
        if form not in PREFIX:
            raise SystemExit(f"unknown form {form}")
        counters[form] += 1
        cid = f"{PREFIX[form]}-{counters[form]:03d}"
        if text in seen_text:
            fail(cid, "duplicate sentence")
        seen_text.add(text)
        if text != text.strip() or "  " in text:
            fail(cid, "stray whitespace")
        if unicodedata.normalize("NFC", text) != text:
            fail(cid, "text is not NFC")
        dctd = date.fromisoformat(dct) if dct else None
        if dct is not None and dctd.isoformat() != dct:
            fail(cid, f"bad dct {dct}")
        if (form == "no-dct") != (dct is None):
            fail(cid, "no-dct form <=> dct null")
        out = []
        for m in mentions:
            occs = word_occurrences(text, m.text)
            if not occs:
                fail(cid, f"mention {m.text!r} not found (word-bounded)")
            if len(occs) > 1 and m.occ is None:
                fail(cid, f"mention {m.text!r} occurs {len(occs)} times; give occ=")
            start = occs[m.occ or 0]
            end = start + len(m.text)
            assert text[start:end] == m.text
            if callable(m.value):
                if dctd is None:
                    fail(cid, f"{m.text!r}: DCT-relative value without DCT")
                value = m.value(dctd)
                anchor = m.anchor or "dct"
            else:
                value = m.value
                anchor = m.anchor or ("none" if "X" in value else "absolute")
            validate_value(cid, m.type, value)
            if anchor not in ("absolute", "dct", "inferred", "none"):
                fail(cid, f"bad anchor {anchor}")
            if dct is None and anchor == "dct":
                fail(cid, "anchor dct without DCT")
            if dct is not None and anchor in ("inferred", "none"):
                fail(cid, f"anchor {anchor} with a DCT")
            if anchor == "none" and m.type in ("DATE", "TIME") and "X" not in value:
                fail(cid, f"anchor none but value {value} is resolved")
            if anchor in ("absolute", "dct", "inferred") and "X" in value:
                fail(cid, f"anchor {anchor} but value {value} has X")
            if anchor == "inferred":
                yrs = [(mm.start(), mm.group()) for mm in
                       re.finditer(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", text)
                       if not (start <= mm.start() < end)]
                if not yrs:
                    fail(cid, "inferred without a written year")
                near = min(yrs, key=lambda t: min(abs(t[0] - start), abs(t[0] - end)))[1]
                if value[:4] != near:
                    fail(cid, f"inferred year {value[:4]} but nearest written year is {near}")
            if anchor == "absolute" and m.type in ("DATE", "TIME") and value[:4].isdigit():
                if value[:4] not in text and "dos mil" not in fold(text):
                    fail(cid, f"absolute value {value} but year not written")
            # weekday diagnostics
            wday = weekday_in(m.text)
            full = re.match(r"^(\d{4}-\d{2}-\d{2})", value)
            if m.diag and not (wday and full):
                fail(cid, "diagnostic without weekday + full date")
            if wday and full and m.type == "DATE":
                actual = date.fromisoformat(full.group(1)).weekday()
                mismatch = actual != WEEKDAYS[wday]
                if mismatch and not m.diag:
                    fail(cid, f"{m.text!r} -> {value} is not a {wday}: mark diag=True or fix")
                if m.diag and not mismatch:
                    fail(cid, f"{m.text!r} -> {value} flagged mismatch but weekday matches")
            if m.mod not in (None, "START", "MID", "END"):
                fail(cid, f"bad mod {m.mod}")
            if m.rng not in (None, "from", "to"):
                fail(cid, f"bad range {m.rng}")
            rec = OrderedDict([("start", start), ("end", end), ("text", m.text),
                               ("type", m.type), ("value", value), ("anchor", anchor)])
            if m.mod:
                rec["mod"] = m.mod
            if m.rng:
                rec["range"] = m.rng
            if m.start_point:
                rec["start_point"] = True
            if m.diag:
                rec["diagnostic"] = "weekday-mismatch"
            out.append(rec)
        out.sort(key=lambda r: r["start"])
        for a, b in zip(out, out[1:]):
            if b["start"] < a["end"]:
                fail(cid, f"overlapping mentions {a['text']!r} / {b['text']!r}")
        froms = [r for r in out if r.get("range") == "from"]
        tos = [r for r in out if r.get("range") == "to"]
        if len(froms) != len(tos):
            fail(cid, "unpaired range ends")
        if form == "negative" and len(out) > 1:
            fail(cid, "negative case with more than one mention")
        records.append((cid, form, dct, text, out))
    return records


def main():
    records = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for cid, form, dct, text, out in records:
            obj = OrderedDict([("id", cid), ("form", form), ("dct", dct),
                               ("text", text), ("mentions", out)])
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    # re-read and verify offsets once more from the written file
    n_m = 0
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            o = json.loads(line)
            for mm in o["mentions"]:
                assert o["text"][mm["start"]:mm["end"]] == mm["text"], o["id"]
                n_m += 1
    cases = Counter(r[1] for r in records)
    ments = Counter()
    for r in records:
        ments[r[1]] += len(r[4])
    print(f"wrote {OUT}: {len(records)} cases, {n_m} mentions")
    for form in PREFIX:
        print(f"  {form:22s} {cases[form]:4d} cases {ments[form]:4d} mentions")
    if "--lint" in sys.argv:
        for cid, form, dct, text, out in records:
            spans = [(r["start"], r["end"]) for r in out]
            for mm in LINT_RE.finditer(text):
                if not any(s <= mm.start() < e for s, e in spans):
                    print(f"LINT {cid}: {mm.group()!r} outside mentions :: {text}")


if __name__ == "__main__":
    main()
