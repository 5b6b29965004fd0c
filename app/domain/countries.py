"""Countries by name or code in any common form, and their names in the user's language.

The ISO 3166 data and its translations come from pycountry (maintained with Debian's iso-codes), so neither
the import nor the printed documents keep a hand-written list. Loaded on first use: it is not needed at start.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import cache

# Common names that are not in ISO 3166 or its translations (the ISO names are "United Kingdom of Great
# Britain and Northern Ireland", "Netherlands, Kingdom of the" …): what people and other programs write.
_ALIASES = {
    "uk": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "britain": "GB",
    "grossbritannien": "GB", "vereinigtes konigreich": "GB", "u k": "GB",
    "usa": "US", "u s a": "US", "u s": "US", "america": "US", "united states": "US",
    "vereinigte staaten": "US",
    "holland": "NL", "niederlande": "NL", "the netherlands": "NL",
    "russia": "RU", "russland": "RU", "south korea": "KR", "north korea": "KP", "czechia": "CZ",
    "tschechien": "CZ", "vietnam": "VN", "iran": "IR", "syria": "SY", "taiwan": "TW", "bolivia": "BO",
    "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "laos": "LA", "macedonia": "MK",
    "ivory coast": "CI", "vatican": "VA", "turkey": "TR", "turkei": "TR",
}

# Catalogues searched for names: the languages our users' files come in.
_LANGUAGES = ("de", "en", "fr", "it", "es", "nl", "pl", "sv", "da", "pt")


def _key(text: str) -> str:
    """Case, accents, punctuation and a leading article do not matter: 'Österreich' = 'osterreich'."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"[^a-z0-9]+", " ", folded.replace("ß", "ss")).strip()
    return re.sub(r"^the ", "", folded)


@cache
def _index() -> dict[str, str]:
    import pycountry

    index: dict[str, str] = {}
    catalogues = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                  for lang in _LANGUAGES]
    for country in pycountry.countries:
        code = country.alpha_2
        names = [country.name, getattr(country, "official_name", ""), getattr(country, "common_name", "")]
        for name in [n for n in names if n]:
            for catalogue in catalogues:
                index.setdefault(_key(catalogue.gettext(name)), code)
            index.setdefault(_key(name), code)
        index[_key(country.alpha_3)] = code
        index[_key(code)] = code
    index.update(_ALIASES)
    return index


def country_code(text: str | None) -> str | None:
    """'DE', 'deu', 'Germany', 'Deutschland', 'United States of America', 'USA', 'CANADA' → the ISO
    alpha-2 code; None when the text names no country (the caller reports it, it never guesses)."""
    if not text or not text.strip():
        return None
    key = _key(text)
    code = _index().get(key)
    if code is None and "," in text:  # "Korea, Republic of" style with the parts swapped
        code = _index().get(_key(" ".join(reversed(text.split(",", 1)))))
    return code


@cache
def country_name(code: str, language: str = "en") -> str:
    """The country's everyday name in the language ('DE', 'de' → 'Deutschland'); the code when unknown."""
    import pycountry

    country = pycountry.countries.get(alpha_2=(code or "").upper())
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    if language[:2] == "en":
        return name
    catalogue = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language[:2]], fallback=True)
    return catalogue.gettext(name)
