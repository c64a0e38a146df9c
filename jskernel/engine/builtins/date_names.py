"""Long time zone names as node (ICU, English) prints them after Date.prototype.toString:
`(Eastern Daylight Time)`.  A table per zone key for common zones (standard name,
daylight name), then one per tzdata abbreviation, then `GMT+hh:mm` as ICU does for
zones without a metazone name.  Used by date_time.zone_name only.
"""

from __future__ import annotations

_UTC = "Coordinated Universal Time"

_US = {
    "Eastern": ("Eastern Standard Time", "Eastern Daylight Time"),
    "Central": ("Central Standard Time", "Central Daylight Time"),
    "Mountain": ("Mountain Standard Time", "Mountain Daylight Time"),
    "Pacific": ("Pacific Standard Time", "Pacific Daylight Time"),
    "Alaska": ("Alaska Standard Time", "Alaska Daylight Time"),
    "Hawaii": ("Hawaii-Aleutian Standard Time", "Hawaii-Aleutian Daylight Time"),
    "Atlantic": ("Atlantic Standard Time", "Atlantic Daylight Time"),
    "Newfoundland": ("Newfoundland Standard Time", "Newfoundland Daylight Time"),
    "CE": ("Central European Standard Time", "Central European Summer Time"),
    "EE": ("Eastern European Standard Time", "Eastern European Summer Time"),
    "WE": ("Western European Standard Time", "Western European Summer Time"),
    "GMT": ("Greenwich Mean Time", "Greenwich Mean Time"),
}

_METAZONE_KEYS = {
    "Eastern": "America/New_York America/Detroit America/Toronto America/Montreal America/Nassau "
               "America/Indiana/Indianapolis America/Indianapolis America/Kentucky/Louisville "
               "US/Eastern EST5EDT EST Canada/Eastern",
    "Central": "America/Chicago America/Winnipeg America/Mexico_City America/Monterrey "
               "America/Merida US/Central CST6CDT Canada/Central America/Guatemala "
               "America/Costa_Rica America/El_Salvador America/Tegucigalpa America/Regina",
    "Mountain": "America/Denver America/Phoenix America/Edmonton America/Boise US/Mountain "
                "US/Arizona MST7MDT MST Canada/Mountain",
    "Pacific": "America/Los_Angeles America/Vancouver America/Tijuana US/Pacific PST8PDT "
               "Canada/Pacific",
    "Alaska": "America/Anchorage America/Juneau America/Nome America/Sitka US/Alaska",
    "Hawaii": "Pacific/Honolulu America/Adak US/Hawaii HST",
    "Atlantic": "America/Halifax America/Puerto_Rico America/Barbados Atlantic/Bermuda "
                "Canada/Atlantic America/Glace_Bay America/Moncton",
    "Newfoundland": "America/St_Johns Canada/Newfoundland",
    "CE": "Europe/Berlin Europe/Paris Europe/Madrid Europe/Rome Europe/Amsterdam Europe/Brussels "
          "Europe/Vienna Europe/Zurich Europe/Stockholm Europe/Oslo Europe/Copenhagen Europe/Prague "
          "Europe/Warsaw Europe/Budapest Europe/Belgrade Europe/Zagreb Europe/Ljubljana "
          "Europe/Bratislava Europe/Luxembourg Europe/Monaco Europe/Malta Europe/Andorra "
          "Europe/Tirane Europe/Sarajevo Europe/Skopje Europe/Podgorica Europe/Gibraltar "
          "Europe/Vaduz Europe/San_Marino Europe/Vatican Africa/Ceuta Arctic/Longyearbyen CET "
          "Africa/Tunis Africa/Algiers Europe/Busingen MET",
    "EE": "Europe/Athens Europe/Helsinki Europe/Kiev Europe/Kyiv Europe/Bucharest Europe/Sofia "
          "Europe/Riga Europe/Tallinn Europe/Vilnius Europe/Chisinau Asia/Nicosia Europe/Nicosia "
          "Asia/Beirut Africa/Cairo Africa/Tripoli Europe/Mariehamn Asia/Famagusta EET "
          "Europe/Kaliningrad Europe/Uzhgorod Europe/Zaporozhye Egypt Libya",
    "WE": "Europe/Lisbon Atlantic/Madeira Atlantic/Canary Atlantic/Faroe Atlantic/Faeroe WET "
          "Portugal",
    "GMT": "GMT Etc/GMT Etc/GMT0 Etc/GMT+0 Etc/GMT-0 GMT0 GMT+0 GMT-0 Greenwich Etc/Greenwich "
           "Atlantic/Reykjavik Africa/Abidjan Africa/Accra Africa/Dakar Africa/Bamako "
           "Africa/Monrovia Atlantic/St_Helena Iceland",
}

_ZONES: dict = {}
for _meta, _keys in _METAZONE_KEYS.items():
    for _k in _keys.split():
        _ZONES[_k] = _US[_meta]


def _add(names, keys):
    for k in keys.split():
        _ZONES[k] = names if isinstance(names, tuple) else (names, names)


_add(("Greenwich Mean Time", "British Summer Time"), "Europe/London Europe/Jersey Europe/Guernsey "
     "Europe/Isle_of_Man GB GB-Eire Europe/Belfast")
_add(("Greenwich Mean Time", "Irish Standard Time"), "Europe/Dublin Eire")
_add(("Moscow Standard Time", "Moscow Summer Time"), "Europe/Moscow Europe/Simferopol W-SU "
     "Europe/Minsk Europe/Kirov Europe/Volgograd")
_add(("Türkiye Standard Time", "Türkiye Summer Time"), "Europe/Istanbul Asia/Istanbul Turkey")
_add("Kazakhstan Time", "Asia/Almaty Asia/Qostanay Asia/Aqtobe Asia/Aqtau Asia/Atyrau Asia/Oral Asia/Qyzylorda")
_add(("Cuba Standard Time", "Cuba Daylight Time"), "America/Havana Cuba")
_add(("Vladivostok Standard Time", "Vladivostok Summer Time"), "Asia/Vladivostok")
_add(("Yekaterinburg Standard Time", "Yekaterinburg Summer Time"), "Asia/Yekaterinburg")
_add(("Krasnoyarsk Standard Time", "Krasnoyarsk Summer Time"), "Asia/Krasnoyarsk Asia/Novosibirsk "
     "Asia/Novokuznetsk")
_add(("Azerbaijan Standard Time", "Azerbaijan Summer Time"), "Asia/Baku")
_add(("Georgia Standard Time", "Georgia Summer Time"), "Asia/Tbilisi")
_add(("Armenia Standard Time", "Armenia Summer Time"), "Asia/Yerevan")
_add("India Standard Time", "Asia/Colombo")
_add("Malaysia Time", "Asia/Kuala_Lumpur Asia/Kuching")
_add(("Uruguay Standard Time", "Uruguay Summer Time"), "America/Montevideo")
_add("Bolivia Time", "America/La_Paz")
_add("Ecuador Time", "America/Guayaquil")
_add(_US["Eastern"], "America/Panama America/Jamaica America/Cancun America/Cayman Jamaica")
_add(("Fiji Standard Time", "Fiji Summer Time"), "Pacific/Fiji")
_add("Chamorro Standard Time", "Pacific/Guam Pacific/Saipan")
_add(("Ulaanbaatar Standard Time", "Ulaanbaatar Summer Time"), "Asia/Ulaanbaatar Asia/Ulan_Bator")
_add("South Africa Standard Time", "Africa/Johannesburg Africa/Maseru Africa/Mbabane")
_add("West Africa Time", "Africa/Lagos Africa/Kinshasa Africa/Luanda Africa/Douala Africa/Libreville")
_add("East Africa Time", "Africa/Nairobi Africa/Addis_Ababa Africa/Dar_es_Salaam Africa/Kampala "
     "Africa/Mogadishu Africa/Djibouti Africa/Asmara")
_add("Central Africa Time", "Africa/Maputo Africa/Harare Africa/Lusaka Africa/Kigali Africa/Gaborone "
     "Africa/Blantyre Africa/Bujumbura Africa/Lubumbashi Africa/Windhoek")
_add(("Brasilia Standard Time", "Brasilia Summer Time"), "America/Sao_Paulo America/Bahia "
     "America/Fortaleza America/Recife America/Belem Brazil/East")
_add(("Argentina Standard Time", "Argentina Summer Time"), "America/Argentina/Buenos_Aires "
     "America/Buenos_Aires America/Argentina/Cordoba America/Cordoba America/Argentina/Mendoza")
_add(("Colombia Standard Time", "Colombia Summer Time"), "America/Bogota")
_add(("Peru Standard Time", "Peru Summer Time"), "America/Lima")
_add(("Chile Standard Time", "Chile Summer Time"), "America/Santiago Chile/Continental")
_add("Venezuela Time", "America/Caracas")
_add(("China Standard Time", "China Daylight Time"), "Asia/Shanghai Asia/Chongqing Asia/Harbin "
     "Asia/Urumqi PRC Asia/Macau Asia/Macao")
_add(("Hong Kong Standard Time", "Hong Kong Summer Time"), "Asia/Hong_Kong Hongkong")
_add("Singapore Standard Time", "Asia/Singapore Singapore")
_add(("Korean Standard Time", "Korean Daylight Time"), "Asia/Seoul ROK")
_add(("Taiwan Standard Time", "Taiwan Daylight Time"), "Asia/Taipei ROC")
_add("Indochina Time", "Asia/Bangkok Asia/Ho_Chi_Minh Asia/Saigon Asia/Phnom_Penh Asia/Vientiane")
_add("Western Indonesia Time", "Asia/Jakarta Asia/Pontianak")
_add(("Philippine Standard Time", "Philippine Summer Time"), "Asia/Manila")
_add(("Pakistan Standard Time", "Pakistan Summer Time"), "Asia/Karachi")
_add(("Bangladesh Standard Time", "Bangladesh Summer Time"), "Asia/Dhaka Asia/Dacca")
_add("Nepal Time", "Asia/Kathmandu Asia/Katmandu")
_add(("Iran Standard Time", "Iran Daylight Time"), "Asia/Tehran Iran")
_add(("Israel Standard Time", "Israel Daylight Time"), "Asia/Jerusalem Asia/Tel_Aviv Israel")
_add(("Arabian Standard Time", "Arabian Daylight Time"), "Asia/Riyadh Asia/Baghdad Asia/Kuwait "
     "Asia/Qatar Asia/Bahrain Asia/Aden")
_add("Gulf Standard Time", "Asia/Dubai Asia/Muscat")
_add("India Standard Time", "Asia/Kolkata Asia/Calcutta")
_add(("Japan Standard Time", "Japan Daylight Time"), "Asia/Tokyo Japan")
_add(("Australian Western Standard Time", "Australian Western Daylight Time"), "Australia/Perth "
     "Australia/West")
_add(("Australian Central Standard Time", "Australian Central Daylight Time"), "Australia/Adelaide "
     "Australia/Darwin Australia/Broken_Hill Australia/South Australia/North")
_add(("Australian Eastern Standard Time", "Australian Eastern Daylight Time"), "Australia/Sydney "
     "Australia/Melbourne Australia/Brisbane Australia/Hobart Australia/Canberra Australia/ACT "
     "Australia/NSW Australia/Victoria Australia/Queensland Australia/Tasmania Australia/Lindeman")
_add(("New Zealand Standard Time", "New Zealand Daylight Time"), "Pacific/Auckland NZ Antarctica/McMurdo")
_add(("Chatham Standard Time", "Chatham Daylight Time"), "Pacific/Chatham NZ-CHAT")
_add("Myanmar Time", "Asia/Yangon Asia/Rangoon")
_add("Afghanistan Time", "Asia/Kabul")
_add(("Uzbekistan Standard Time", "Uzbekistan Summer Time"), "Asia/Tashkent Asia/Samarkand")
_add(("Mexican Pacific Standard Time", "Mexican Pacific Daylight Time"), "America/Mazatlan")

for _k in ("UTC", "Etc/UTC", "UCT", "Etc/UCT", "Universal", "Etc/Universal", "Zulu", "Etc/Zulu"):
    _ZONES[_k] = (_UTC, _UTC)

_ABBREVIATIONS = {
    "EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time",
    "CST": "Central Standard Time", "CDT": "Central Daylight Time",
    "MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
    "PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
    "AKST": "Alaska Standard Time", "AKDT": "Alaska Daylight Time",
    "HST": "Hawaii-Aleutian Standard Time", "HDT": "Hawaii-Aleutian Daylight Time",
    "AST": "Atlantic Standard Time", "ADT": "Atlantic Daylight Time",
    "CET": "Central European Standard Time", "CEST": "Central European Summer Time",
    "EET": "Eastern European Standard Time", "EEST": "Eastern European Summer Time",
    "WET": "Western European Standard Time", "WEST": "Western European Summer Time",
    "GMT": "Greenwich Mean Time", "UTC": _UTC,
    "MSK": "Moscow Standard Time", "SAST": "South Africa Standard Time",
    "WAT": "West Africa Time", "CAT": "Central Africa Time", "EAT": "East Africa Time",
    "JST": "Japan Standard Time", "KST": "Korean Standard Time", "HKT": "Hong Kong Standard Time",
    "PKT": "Pakistan Standard Time", "WIB": "Western Indonesia Time", "PHT": "Philippine Standard Time",
    "AEST": "Australian Eastern Standard Time", "AEDT": "Australian Eastern Daylight Time",
    "ACST": "Australian Central Standard Time", "ACDT": "Australian Central Daylight Time",
    "AWST": "Australian Western Standard Time", "NZST": "New Zealand Standard Time",
    "NZDT": "New Zealand Daylight Time", "ChST": "Chamorro Standard Time",
}


def gmt_offset_name(offset_seconds):
    """ICU's localized GMT format: `GMT+05:30`, `GMT-05:00`."""
    mins = int(offset_seconds // 60) if offset_seconds >= 0 else -int(-offset_seconds // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"GMT{sign}{mins // 60:02d}:{mins % 60:02d}"


def long_zone_name(key, is_dst, abbreviation, offset_seconds):
    names = _ZONES.get(key)
    if names is not None:
        return names[1] if is_dst else names[0]
    name = _ABBREVIATIONS.get(abbreviation)
    if name is not None:
        return name
    return gmt_offset_name(offset_seconds)
