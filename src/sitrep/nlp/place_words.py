"""Word lists of the place rules (``sitrep.nlp.places``): words that open a capitalized run without being a place
name, given names and titles that make a run a person's name, known place names that are common words, and the
words that designate a place's kind."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words that begin a capitalized run but are not place names
NOT_NAMES = _words("""
The A An This That These Those Its Their His Her Our Your Each Every Another Which What Whose Other Some Any Afghan
Afghans Pakistani Pakistanis Iranian Indian American British Russian Chinese Turkish Arab Arabic Punjabi Sindhi
Kurdish Syrian Iraqi Yemeni Somali Nigerian Malian Northern Southern Eastern Western Central North South East West
Upper Lower Greater Old New Several Many Both Provincial District Province City Village Area Region Local Police
Army Security Government Taliban Military Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December On In At Near From To Of For By With After
Before During Since Until And But Or Nor Yet So If When While Where As He She It They We You I Mr Mrs Ms Dr Gen
General Colonel Col Major Captain Commander Mullah Maulvi Mawlawi Qari Haji Hajji Sheikh Shaikh Sardar Engineer
Ustad Governor Minister President Spokesman Officials Official Sources Source Residents Reports Report According
Meanwhile However Unknown Unidentified Suspected Islamic State Muslim Muslims Sunni Shia Christian Hindu Sikh Jewish
Catholic Coalition Forces Force NATO UN US USA EU ANA ANP NDS ISIS ISIL IS IS-K ISKP TTP AQ BBC AFP Reuters
Associated Press Ministry Department Office Council Commission Committee Court Parliament Assembly Senate Party
Front Movement Network Group Brigade Battalion Corps Division Regiment Unit Command Operation Operations Airport
Base Camp Hospital University School College Mosque Market Prison Jail Bank Hotel Highway Road Street Bridge Dam
Border Crossing Gate Square Palace Embassy Consulate Headquarters Checkpoint Post Station Mountains River Lake Sea
Ocean Island Islands Day Week Month Year Today Yesterday Tomorrow Tonight Morning Evening Night Mission Capital
Centre Center Coast Federal National Union Republic Kingdom States Emirate
""")
# given names and titles: a run holding one is a person, not a place (unless an administrative word follows)
PERSON = _words("""
Mohammad Muhammad Mohammed Mohamed Ahmad Ahmed Abdul Abdel Abdur Abdullah Mullah Maulvi Mawlawi Qari Haji Hajji
Sheikh Shaikh Sayed Sayyid Syed Sardar Faqir Ghulam Gul Mir Noor Nur Zabihullah Hekmat Hekmatullah Qazi Mufti Hafiz
Hazrat Amir Emir Agha Sahib Jan Khan Begum Bibi Mr Mrs Ms Dr Gen General Commander Governor
""")
GENERIC_KNOWN = frozenset({"Police", "Mobile", "Reading", "Split", "Nice", "Bath", "Of", "Mission", "Victoria",
                            "Marshall", "Jackson", "Florence", "Lincoln", "Orange", "Independence", "Liberty",
                            "Concord", "Union", "Wells", "Young", "Sale", "Deal", "March", "Bar", "Batman",
                            "Ede", "Best", "Hope", "Delta", "Taliban", "Islam", "Islamic", "Said", "Sayed",
                            "Along", "Mandi", "Dera", "Bazar", "Bazaar", "Kot", "Khel", "Mohammad", "Ali",
                            "Agha", "Khan", "Gul", "Amir", "Salem", "Dover", "Eagle", "Post", "Most", "Lodi",
                            "Bend", "Kent", "York", "Paris", "Chester", "Trump", "Jamaica", "Georgia", "Jordan",
                            "Chad", "Guinea", "Bolivar", "Hamilton", "Washington", "Lagos", "Molotov", "Grenade"})
JUNK_PLACES = frozenset({"Georgia", "Jordan", "Chad"})  # country names that are often people: only with context


# words that designate a place's kind after or before its name ("X district", "the province of X"), by kind
DESIGNATORS = {
    "district": "district", "districts": "district", "province": "province", "provinces": "province",
    "city": "city", "town": "town", "towns": "town", "village": "village", "villages": "village",
    "area": "area", "areas": "area", "region": "area", "valley": "area", "locality": "area", "bazaar": "area",
    "neighbourhood": "area", "neighborhood": "area", "county": "district", "agency": "district",
    "tehsil": "district", "subdistrict": "area", "hamlet": "village", "suburb": "area", "agencies": "district",
    "community": "village", "communities": "village", "township": "district", "townships": "district",
    "municipality": "district", "local government area": "district", "lga": "district", "state": "province",
    # Ethiopia's zones and woredas (its second and third levels), its kebeles (wards and villages); South Sudan's
    # payams (below the county) and bomas (villages); Uganda's and Kenya's sub-counties
    "zone": "district", "woreda": "district", "woredas": "district", "kebele": "village", "kebeles": "village",
    "payam": "area", "boma": "village", "sub-county": "area", "subcounty": "area",
    # the Central African Republic's, Chad's and Guinea's sub-prefectures; Cameroon's subdivisions (arrondissements);
    # the Congo's chiefdoms and groupements (below the territory)
    "sub-prefecture": "district", "sub-prefectures": "district", "subprefecture": "district",
    "subdivision": "district", "groupement": "area", "chiefdom": "area", "chefferie": "area",
}
# the designators one country's administration uses alone: a name so designated is a place of that country
LOCAL_DESIGNATORS = {"zone": "ET", "woreda": "ET", "woredas": "ET", "kebele": "ET", "kebeles": "ET", "payam": "SS",
                     "boma": "SS"}
# the designators as a regular expression's alternatives
DESIG = r"(?:districts?|provinces?|city|towns?|villages?|areas?|region|valley|locality|bazaar|neighbou?rhood|county" \
        r"|agency|agencies|tehsil|subdistrict|hamlet|suburb|District|Province|Districts|Provinces" \
        r"|communit(?:y|ies)|townships?|municipality|Local Government Area|LGA|state|State" \
        r"|zone|woredas?|kebeles?|payam|boma|sub-?county|sub-?prefectures?|subdivision|groupement|chiefdom" \
        r"|chefferie" \
        r"|(?:refugee|IDP|IDPs|displacement|displaced\s+persons['’]?)\s+camps?)"

__all__ = ["DESIG", "DESIGNATORS", "GENERIC_KNOWN", "JUNK_PLACES", "LOCAL_DESIGNATORS", "NOT_NAMES", "PERSON"]
