#include "country.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <iterator>

namespace cd {

namespace {

struct CountryData
{
    char alpha2[3];
    char alpha3[4];
    const char *name; // shown; the common name where ISO's is long or inverted
    const char *isoName; // ISO 3166-1 short name when it differs from `name`
    const char *officialName; // when it differs from both
};

// ISO 3166-1 as published in Debian's iso-codes 4.15 (249 codes), sorted by alpha-2 code.
constexpr CountryData countries[] = {
    {"AD", "AND", QT_TRANSLATE_NOOP("Country", "Andorra"), nullptr, "Principality of Andorra"},
    {"AE", "ARE", QT_TRANSLATE_NOOP("Country", "United Arab Emirates"), nullptr, nullptr},
    {"AF", "AFG", QT_TRANSLATE_NOOP("Country", "Afghanistan"), nullptr, "Islamic Republic of Afghanistan"},
    {"AG", "ATG", QT_TRANSLATE_NOOP("Country", "Antigua and Barbuda"), nullptr, nullptr},
    {"AI", "AIA", QT_TRANSLATE_NOOP("Country", "Anguilla"), nullptr, nullptr},
    {"AL", "ALB", QT_TRANSLATE_NOOP("Country", "Albania"), nullptr, "Republic of Albania"},
    {"AM", "ARM", QT_TRANSLATE_NOOP("Country", "Armenia"), nullptr, "Republic of Armenia"},
    {"AO", "AGO", QT_TRANSLATE_NOOP("Country", "Angola"), nullptr, "Republic of Angola"},
    {"AQ", "ATA", QT_TRANSLATE_NOOP("Country", "Antarctica"), nullptr, nullptr},
    {"AR", "ARG", QT_TRANSLATE_NOOP("Country", "Argentina"), nullptr, "Argentine Republic"},
    {"AS", "ASM", QT_TRANSLATE_NOOP("Country", "American Samoa"), nullptr, nullptr},
    {"AT", "AUT", QT_TRANSLATE_NOOP("Country", "Austria"), nullptr, "Republic of Austria"},
    {"AU", "AUS", QT_TRANSLATE_NOOP("Country", "Australia"), nullptr, nullptr},
    {"AW", "ABW", QT_TRANSLATE_NOOP("Country", "Aruba"), nullptr, nullptr},
    {"AX", "ALA", QT_TRANSLATE_NOOP("Country", "Åland Islands"), nullptr, nullptr},
    {"AZ", "AZE", QT_TRANSLATE_NOOP("Country", "Azerbaijan"), nullptr, "Republic of Azerbaijan"},
    {"BA", "BIH", QT_TRANSLATE_NOOP("Country", "Bosnia and Herzegovina"), nullptr,
        "Republic of Bosnia and Herzegovina"},
    {"BB", "BRB", QT_TRANSLATE_NOOP("Country", "Barbados"), nullptr, nullptr},
    {"BD", "BGD", QT_TRANSLATE_NOOP("Country", "Bangladesh"), nullptr, "People's Republic of Bangladesh"},
    {"BE", "BEL", QT_TRANSLATE_NOOP("Country", "Belgium"), nullptr, "Kingdom of Belgium"},
    {"BF", "BFA", QT_TRANSLATE_NOOP("Country", "Burkina Faso"), nullptr, nullptr},
    {"BG", "BGR", QT_TRANSLATE_NOOP("Country", "Bulgaria"), nullptr, "Republic of Bulgaria"},
    {"BH", "BHR", QT_TRANSLATE_NOOP("Country", "Bahrain"), nullptr, "Kingdom of Bahrain"},
    {"BI", "BDI", QT_TRANSLATE_NOOP("Country", "Burundi"), nullptr, "Republic of Burundi"},
    {"BJ", "BEN", QT_TRANSLATE_NOOP("Country", "Benin"), nullptr, "Republic of Benin"},
    {"BL", "BLM", QT_TRANSLATE_NOOP("Country", "Saint Barthélemy"), nullptr, nullptr},
    {"BM", "BMU", QT_TRANSLATE_NOOP("Country", "Bermuda"), nullptr, nullptr},
    {"BN", "BRN", QT_TRANSLATE_NOOP("Country", "Brunei Darussalam"), nullptr, nullptr},
    {"BO", "BOL", QT_TRANSLATE_NOOP("Country", "Bolivia"), "Bolivia, Plurinational State of",
        "Plurinational State of Bolivia"},
    {"BQ", "BES", QT_TRANSLATE_NOOP("Country", "Bonaire, Sint Eustatius and Saba"), nullptr, nullptr},
    {"BR", "BRA", QT_TRANSLATE_NOOP("Country", "Brazil"), nullptr, "Federative Republic of Brazil"},
    {"BS", "BHS", QT_TRANSLATE_NOOP("Country", "Bahamas"), nullptr, "Commonwealth of the Bahamas"},
    {"BT", "BTN", QT_TRANSLATE_NOOP("Country", "Bhutan"), nullptr, "Kingdom of Bhutan"},
    {"BV", "BVT", QT_TRANSLATE_NOOP("Country", "Bouvet Island"), nullptr, nullptr},
    {"BW", "BWA", QT_TRANSLATE_NOOP("Country", "Botswana"), nullptr, "Republic of Botswana"},
    {"BY", "BLR", QT_TRANSLATE_NOOP("Country", "Belarus"), nullptr, "Republic of Belarus"},
    {"BZ", "BLZ", QT_TRANSLATE_NOOP("Country", "Belize"), nullptr, nullptr},
    {"CA", "CAN", QT_TRANSLATE_NOOP("Country", "Canada"), nullptr, nullptr},
    {"CC", "CCK", QT_TRANSLATE_NOOP("Country", "Cocos (Keeling) Islands"), nullptr, nullptr},
    {"CD", "COD", QT_TRANSLATE_NOOP("Country", "Congo, The Democratic Republic of the"), nullptr, nullptr},
    {"CF", "CAF", QT_TRANSLATE_NOOP("Country", "Central African Republic"), nullptr, nullptr},
    {"CG", "COG", QT_TRANSLATE_NOOP("Country", "Congo"), nullptr, "Republic of the Congo"},
    {"CH", "CHE", QT_TRANSLATE_NOOP("Country", "Switzerland"), nullptr, "Swiss Confederation"},
    {"CI", "CIV", QT_TRANSLATE_NOOP("Country", "Côte d'Ivoire"), nullptr, "Republic of Côte d'Ivoire"},
    {"CK", "COK", QT_TRANSLATE_NOOP("Country", "Cook Islands"), nullptr, nullptr},
    {"CL", "CHL", QT_TRANSLATE_NOOP("Country", "Chile"), nullptr, "Republic of Chile"},
    {"CM", "CMR", QT_TRANSLATE_NOOP("Country", "Cameroon"), nullptr, "Republic of Cameroon"},
    {"CN", "CHN", QT_TRANSLATE_NOOP("Country", "China"), nullptr, "People's Republic of China"},
    {"CO", "COL", QT_TRANSLATE_NOOP("Country", "Colombia"), nullptr, "Republic of Colombia"},
    {"CR", "CRI", QT_TRANSLATE_NOOP("Country", "Costa Rica"), nullptr, "Republic of Costa Rica"},
    {"CU", "CUB", QT_TRANSLATE_NOOP("Country", "Cuba"), nullptr, "Republic of Cuba"},
    {"CV", "CPV", QT_TRANSLATE_NOOP("Country", "Cabo Verde"), nullptr, "Republic of Cabo Verde"},
    {"CW", "CUW", QT_TRANSLATE_NOOP("Country", "Curaçao"), nullptr, nullptr},
    {"CX", "CXR", QT_TRANSLATE_NOOP("Country", "Christmas Island"), nullptr, nullptr},
    {"CY", "CYP", QT_TRANSLATE_NOOP("Country", "Cyprus"), nullptr, "Republic of Cyprus"},
    {"CZ", "CZE", QT_TRANSLATE_NOOP("Country", "Czechia"), nullptr, "Czech Republic"},
    {"DE", "DEU", QT_TRANSLATE_NOOP("Country", "Germany"), nullptr, "Federal Republic of Germany"},
    {"DJ", "DJI", QT_TRANSLATE_NOOP("Country", "Djibouti"), nullptr, "Republic of Djibouti"},
    {"DK", "DNK", QT_TRANSLATE_NOOP("Country", "Denmark"), nullptr, "Kingdom of Denmark"},
    {"DM", "DMA", QT_TRANSLATE_NOOP("Country", "Dominica"), nullptr, "Commonwealth of Dominica"},
    {"DO", "DOM", QT_TRANSLATE_NOOP("Country", "Dominican Republic"), nullptr, nullptr},
    {"DZ", "DZA", QT_TRANSLATE_NOOP("Country", "Algeria"), nullptr,
        "People's Democratic Republic of Algeria"},
    {"EC", "ECU", QT_TRANSLATE_NOOP("Country", "Ecuador"), nullptr, "Republic of Ecuador"},
    {"EE", "EST", QT_TRANSLATE_NOOP("Country", "Estonia"), nullptr, "Republic of Estonia"},
    {"EG", "EGY", QT_TRANSLATE_NOOP("Country", "Egypt"), nullptr, "Arab Republic of Egypt"},
    {"EH", "ESH", QT_TRANSLATE_NOOP("Country", "Western Sahara"), nullptr, nullptr},
    {"ER", "ERI", QT_TRANSLATE_NOOP("Country", "Eritrea"), nullptr, "the State of Eritrea"},
    {"ES", "ESP", QT_TRANSLATE_NOOP("Country", "Spain"), nullptr, "Kingdom of Spain"},
    {"ET", "ETH", QT_TRANSLATE_NOOP("Country", "Ethiopia"), nullptr,
        "Federal Democratic Republic of Ethiopia"},
    {"FI", "FIN", QT_TRANSLATE_NOOP("Country", "Finland"), nullptr, "Republic of Finland"},
    {"FJ", "FJI", QT_TRANSLATE_NOOP("Country", "Fiji"), nullptr, "Republic of Fiji"},
    {"FK", "FLK", QT_TRANSLATE_NOOP("Country", "Falkland Islands (Malvinas)"), nullptr, nullptr},
    {"FM", "FSM", QT_TRANSLATE_NOOP("Country", "Micronesia, Federated States of"), nullptr,
        "Federated States of Micronesia"},
    {"FO", "FRO", QT_TRANSLATE_NOOP("Country", "Faroe Islands"), nullptr, nullptr},
    {"FR", "FRA", QT_TRANSLATE_NOOP("Country", "France"), nullptr, "French Republic"},
    {"GA", "GAB", QT_TRANSLATE_NOOP("Country", "Gabon"), nullptr, "Gabonese Republic"},
    {"GB", "GBR", QT_TRANSLATE_NOOP("Country", "United Kingdom"), nullptr,
        "United Kingdom of Great Britain and Northern Ireland"},
    {"GD", "GRD", QT_TRANSLATE_NOOP("Country", "Grenada"), nullptr, nullptr},
    {"GE", "GEO", QT_TRANSLATE_NOOP("Country", "Georgia"), nullptr, nullptr},
    {"GF", "GUF", QT_TRANSLATE_NOOP("Country", "French Guiana"), nullptr, nullptr},
    {"GG", "GGY", QT_TRANSLATE_NOOP("Country", "Guernsey"), nullptr, nullptr},
    {"GH", "GHA", QT_TRANSLATE_NOOP("Country", "Ghana"), nullptr, "Republic of Ghana"},
    {"GI", "GIB", QT_TRANSLATE_NOOP("Country", "Gibraltar"), nullptr, nullptr},
    {"GL", "GRL", QT_TRANSLATE_NOOP("Country", "Greenland"), nullptr, nullptr},
    {"GM", "GMB", QT_TRANSLATE_NOOP("Country", "Gambia"), nullptr, "Republic of the Gambia"},
    {"GN", "GIN", QT_TRANSLATE_NOOP("Country", "Guinea"), nullptr, "Republic of Guinea"},
    {"GP", "GLP", QT_TRANSLATE_NOOP("Country", "Guadeloupe"), nullptr, nullptr},
    {"GQ", "GNQ", QT_TRANSLATE_NOOP("Country", "Equatorial Guinea"), nullptr,
        "Republic of Equatorial Guinea"},
    {"GR", "GRC", QT_TRANSLATE_NOOP("Country", "Greece"), nullptr, "Hellenic Republic"},
    {"GS", "SGS", QT_TRANSLATE_NOOP("Country", "South Georgia and the South Sandwich Islands"), nullptr,
        nullptr},
    {"GT", "GTM", QT_TRANSLATE_NOOP("Country", "Guatemala"), nullptr, "Republic of Guatemala"},
    {"GU", "GUM", QT_TRANSLATE_NOOP("Country", "Guam"), nullptr, nullptr},
    {"GW", "GNB", QT_TRANSLATE_NOOP("Country", "Guinea-Bissau"), nullptr, "Republic of Guinea-Bissau"},
    {"GY", "GUY", QT_TRANSLATE_NOOP("Country", "Guyana"), nullptr, "Republic of Guyana"},
    {"HK", "HKG", QT_TRANSLATE_NOOP("Country", "Hong Kong"), nullptr,
        "Hong Kong Special Administrative Region of China"},
    {"HM", "HMD", QT_TRANSLATE_NOOP("Country", "Heard Island and McDonald Islands"), nullptr, nullptr},
    {"HN", "HND", QT_TRANSLATE_NOOP("Country", "Honduras"), nullptr, "Republic of Honduras"},
    {"HR", "HRV", QT_TRANSLATE_NOOP("Country", "Croatia"), nullptr, "Republic of Croatia"},
    {"HT", "HTI", QT_TRANSLATE_NOOP("Country", "Haiti"), nullptr, "Republic of Haiti"},
    {"HU", "HUN", QT_TRANSLATE_NOOP("Country", "Hungary"), nullptr, nullptr},
    {"ID", "IDN", QT_TRANSLATE_NOOP("Country", "Indonesia"), nullptr, "Republic of Indonesia"},
    {"IE", "IRL", QT_TRANSLATE_NOOP("Country", "Ireland"), nullptr, nullptr},
    {"IL", "ISR", QT_TRANSLATE_NOOP("Country", "Israel"), nullptr, "State of Israel"},
    {"IM", "IMN", QT_TRANSLATE_NOOP("Country", "Isle of Man"), nullptr, nullptr},
    {"IN", "IND", QT_TRANSLATE_NOOP("Country", "India"), nullptr, "Republic of India"},
    {"IO", "IOT", QT_TRANSLATE_NOOP("Country", "British Indian Ocean Territory"), nullptr, nullptr},
    {"IQ", "IRQ", QT_TRANSLATE_NOOP("Country", "Iraq"), nullptr, "Republic of Iraq"},
    {"IR", "IRN", QT_TRANSLATE_NOOP("Country", "Iran"), "Iran, Islamic Republic of",
        "Islamic Republic of Iran"},
    {"IS", "ISL", QT_TRANSLATE_NOOP("Country", "Iceland"), nullptr, "Republic of Iceland"},
    {"IT", "ITA", QT_TRANSLATE_NOOP("Country", "Italy"), nullptr, "Italian Republic"},
    {"JE", "JEY", QT_TRANSLATE_NOOP("Country", "Jersey"), nullptr, nullptr},
    {"JM", "JAM", QT_TRANSLATE_NOOP("Country", "Jamaica"), nullptr, nullptr},
    {"JO", "JOR", QT_TRANSLATE_NOOP("Country", "Jordan"), nullptr, "Hashemite Kingdom of Jordan"},
    {"JP", "JPN", QT_TRANSLATE_NOOP("Country", "Japan"), nullptr, nullptr},
    {"KE", "KEN", QT_TRANSLATE_NOOP("Country", "Kenya"), nullptr, "Republic of Kenya"},
    {"KG", "KGZ", QT_TRANSLATE_NOOP("Country", "Kyrgyzstan"), nullptr, "Kyrgyz Republic"},
    {"KH", "KHM", QT_TRANSLATE_NOOP("Country", "Cambodia"), nullptr, "Kingdom of Cambodia"},
    {"KI", "KIR", QT_TRANSLATE_NOOP("Country", "Kiribati"), nullptr, "Republic of Kiribati"},
    {"KM", "COM", QT_TRANSLATE_NOOP("Country", "Comoros"), nullptr, "Union of the Comoros"},
    {"KN", "KNA", QT_TRANSLATE_NOOP("Country", "Saint Kitts and Nevis"), nullptr, nullptr},
    {"KP", "PRK", QT_TRANSLATE_NOOP("Country", "North Korea"), "Korea, Democratic People's Republic of",
        "Democratic People's Republic of Korea"},
    {"KR", "KOR", QT_TRANSLATE_NOOP("Country", "South Korea"), "Korea, Republic of", nullptr},
    {"KW", "KWT", QT_TRANSLATE_NOOP("Country", "Kuwait"), nullptr, "State of Kuwait"},
    {"KY", "CYM", QT_TRANSLATE_NOOP("Country", "Cayman Islands"), nullptr, nullptr},
    {"KZ", "KAZ", QT_TRANSLATE_NOOP("Country", "Kazakhstan"), nullptr, "Republic of Kazakhstan"},
    {"LA", "LAO", QT_TRANSLATE_NOOP("Country", "Laos"), "Lao People's Democratic Republic", nullptr},
    {"LB", "LBN", QT_TRANSLATE_NOOP("Country", "Lebanon"), nullptr, "Lebanese Republic"},
    {"LC", "LCA", QT_TRANSLATE_NOOP("Country", "Saint Lucia"), nullptr, nullptr},
    {"LI", "LIE", QT_TRANSLATE_NOOP("Country", "Liechtenstein"), nullptr, "Principality of Liechtenstein"},
    {"LK", "LKA", QT_TRANSLATE_NOOP("Country", "Sri Lanka"), nullptr,
        "Democratic Socialist Republic of Sri Lanka"},
    {"LR", "LBR", QT_TRANSLATE_NOOP("Country", "Liberia"), nullptr, "Republic of Liberia"},
    {"LS", "LSO", QT_TRANSLATE_NOOP("Country", "Lesotho"), nullptr, "Kingdom of Lesotho"},
    {"LT", "LTU", QT_TRANSLATE_NOOP("Country", "Lithuania"), nullptr, "Republic of Lithuania"},
    {"LU", "LUX", QT_TRANSLATE_NOOP("Country", "Luxembourg"), nullptr, "Grand Duchy of Luxembourg"},
    {"LV", "LVA", QT_TRANSLATE_NOOP("Country", "Latvia"), nullptr, "Republic of Latvia"},
    {"LY", "LBY", QT_TRANSLATE_NOOP("Country", "Libya"), nullptr, nullptr},
    {"MA", "MAR", QT_TRANSLATE_NOOP("Country", "Morocco"), nullptr, "Kingdom of Morocco"},
    {"MC", "MCO", QT_TRANSLATE_NOOP("Country", "Monaco"), nullptr, "Principality of Monaco"},
    {"MD", "MDA", QT_TRANSLATE_NOOP("Country", "Moldova"), "Moldova, Republic of", "Republic of Moldova"},
    {"ME", "MNE", QT_TRANSLATE_NOOP("Country", "Montenegro"), nullptr, nullptr},
    {"MF", "MAF", QT_TRANSLATE_NOOP("Country", "Saint Martin (French part)"), nullptr, nullptr},
    {"MG", "MDG", QT_TRANSLATE_NOOP("Country", "Madagascar"), nullptr, "Republic of Madagascar"},
    {"MH", "MHL", QT_TRANSLATE_NOOP("Country", "Marshall Islands"), nullptr,
        "Republic of the Marshall Islands"},
    {"MK", "MKD", QT_TRANSLATE_NOOP("Country", "North Macedonia"), nullptr, "Republic of North Macedonia"},
    {"ML", "MLI", QT_TRANSLATE_NOOP("Country", "Mali"), nullptr, "Republic of Mali"},
    {"MM", "MMR", QT_TRANSLATE_NOOP("Country", "Myanmar"), nullptr, "Republic of Myanmar"},
    {"MN", "MNG", QT_TRANSLATE_NOOP("Country", "Mongolia"), nullptr, nullptr},
    {"MO", "MAC", QT_TRANSLATE_NOOP("Country", "Macao"), nullptr,
        "Macao Special Administrative Region of China"},
    {"MP", "MNP", QT_TRANSLATE_NOOP("Country", "Northern Mariana Islands"), nullptr,
        "Commonwealth of the Northern Mariana Islands"},
    {"MQ", "MTQ", QT_TRANSLATE_NOOP("Country", "Martinique"), nullptr, nullptr},
    {"MR", "MRT", QT_TRANSLATE_NOOP("Country", "Mauritania"), nullptr, "Islamic Republic of Mauritania"},
    {"MS", "MSR", QT_TRANSLATE_NOOP("Country", "Montserrat"), nullptr, nullptr},
    {"MT", "MLT", QT_TRANSLATE_NOOP("Country", "Malta"), nullptr, "Republic of Malta"},
    {"MU", "MUS", QT_TRANSLATE_NOOP("Country", "Mauritius"), nullptr, "Republic of Mauritius"},
    {"MV", "MDV", QT_TRANSLATE_NOOP("Country", "Maldives"), nullptr, "Republic of Maldives"},
    {"MW", "MWI", QT_TRANSLATE_NOOP("Country", "Malawi"), nullptr, "Republic of Malawi"},
    {"MX", "MEX", QT_TRANSLATE_NOOP("Country", "Mexico"), nullptr, "United Mexican States"},
    {"MY", "MYS", QT_TRANSLATE_NOOP("Country", "Malaysia"), nullptr, nullptr},
    {"MZ", "MOZ", QT_TRANSLATE_NOOP("Country", "Mozambique"), nullptr, "Republic of Mozambique"},
    {"NA", "NAM", QT_TRANSLATE_NOOP("Country", "Namibia"), nullptr, "Republic of Namibia"},
    {"NC", "NCL", QT_TRANSLATE_NOOP("Country", "New Caledonia"), nullptr, nullptr},
    {"NE", "NER", QT_TRANSLATE_NOOP("Country", "Niger"), nullptr, "Republic of the Niger"},
    {"NF", "NFK", QT_TRANSLATE_NOOP("Country", "Norfolk Island"), nullptr, nullptr},
    {"NG", "NGA", QT_TRANSLATE_NOOP("Country", "Nigeria"), nullptr, "Federal Republic of Nigeria"},
    {"NI", "NIC", QT_TRANSLATE_NOOP("Country", "Nicaragua"), nullptr, "Republic of Nicaragua"},
    {"NL", "NLD", QT_TRANSLATE_NOOP("Country", "Netherlands"), nullptr, "Kingdom of the Netherlands"},
    {"NO", "NOR", QT_TRANSLATE_NOOP("Country", "Norway"), nullptr, "Kingdom of Norway"},
    {"NP", "NPL", QT_TRANSLATE_NOOP("Country", "Nepal"), nullptr, "Federal Democratic Republic of Nepal"},
    {"NR", "NRU", QT_TRANSLATE_NOOP("Country", "Nauru"), nullptr, "Republic of Nauru"},
    {"NU", "NIU", QT_TRANSLATE_NOOP("Country", "Niue"), nullptr, nullptr},
    {"NZ", "NZL", QT_TRANSLATE_NOOP("Country", "New Zealand"), nullptr, nullptr},
    {"OM", "OMN", QT_TRANSLATE_NOOP("Country", "Oman"), nullptr, "Sultanate of Oman"},
    {"PA", "PAN", QT_TRANSLATE_NOOP("Country", "Panama"), nullptr, "Republic of Panama"},
    {"PE", "PER", QT_TRANSLATE_NOOP("Country", "Peru"), nullptr, "Republic of Peru"},
    {"PF", "PYF", QT_TRANSLATE_NOOP("Country", "French Polynesia"), nullptr, nullptr},
    {"PG", "PNG", QT_TRANSLATE_NOOP("Country", "Papua New Guinea"), nullptr,
        "Independent State of Papua New Guinea"},
    {"PH", "PHL", QT_TRANSLATE_NOOP("Country", "Philippines"), nullptr, "Republic of the Philippines"},
    {"PK", "PAK", QT_TRANSLATE_NOOP("Country", "Pakistan"), nullptr, "Islamic Republic of Pakistan"},
    {"PL", "POL", QT_TRANSLATE_NOOP("Country", "Poland"), nullptr, "Republic of Poland"},
    {"PM", "SPM", QT_TRANSLATE_NOOP("Country", "Saint Pierre and Miquelon"), nullptr, nullptr},
    {"PN", "PCN", QT_TRANSLATE_NOOP("Country", "Pitcairn"), nullptr, nullptr},
    {"PR", "PRI", QT_TRANSLATE_NOOP("Country", "Puerto Rico"), nullptr, nullptr},
    {"PS", "PSE", QT_TRANSLATE_NOOP("Country", "Palestine, State of"), nullptr, "the State of Palestine"},
    {"PT", "PRT", QT_TRANSLATE_NOOP("Country", "Portugal"), nullptr, "Portuguese Republic"},
    {"PW", "PLW", QT_TRANSLATE_NOOP("Country", "Palau"), nullptr, "Republic of Palau"},
    {"PY", "PRY", QT_TRANSLATE_NOOP("Country", "Paraguay"), nullptr, "Republic of Paraguay"},
    {"QA", "QAT", QT_TRANSLATE_NOOP("Country", "Qatar"), nullptr, "State of Qatar"},
    {"RE", "REU", QT_TRANSLATE_NOOP("Country", "Réunion"), nullptr, nullptr},
    {"RO", "ROU", QT_TRANSLATE_NOOP("Country", "Romania"), nullptr, nullptr},
    {"RS", "SRB", QT_TRANSLATE_NOOP("Country", "Serbia"), nullptr, "Republic of Serbia"},
    {"RU", "RUS", QT_TRANSLATE_NOOP("Country", "Russian Federation"), nullptr, nullptr},
    {"RW", "RWA", QT_TRANSLATE_NOOP("Country", "Rwanda"), nullptr, "Rwandese Republic"},
    {"SA", "SAU", QT_TRANSLATE_NOOP("Country", "Saudi Arabia"), nullptr, "Kingdom of Saudi Arabia"},
    {"SB", "SLB", QT_TRANSLATE_NOOP("Country", "Solomon Islands"), nullptr, nullptr},
    {"SC", "SYC", QT_TRANSLATE_NOOP("Country", "Seychelles"), nullptr, "Republic of Seychelles"},
    {"SD", "SDN", QT_TRANSLATE_NOOP("Country", "Sudan"), nullptr, "Republic of the Sudan"},
    {"SE", "SWE", QT_TRANSLATE_NOOP("Country", "Sweden"), nullptr, "Kingdom of Sweden"},
    {"SG", "SGP", QT_TRANSLATE_NOOP("Country", "Singapore"), nullptr, "Republic of Singapore"},
    {"SH", "SHN", QT_TRANSLATE_NOOP("Country", "Saint Helena, Ascension and Tristan da Cunha"), nullptr,
        nullptr},
    {"SI", "SVN", QT_TRANSLATE_NOOP("Country", "Slovenia"), nullptr, "Republic of Slovenia"},
    {"SJ", "SJM", QT_TRANSLATE_NOOP("Country", "Svalbard and Jan Mayen"), nullptr, nullptr},
    {"SK", "SVK", QT_TRANSLATE_NOOP("Country", "Slovakia"), nullptr, "Slovak Republic"},
    {"SL", "SLE", QT_TRANSLATE_NOOP("Country", "Sierra Leone"), nullptr, "Republic of Sierra Leone"},
    {"SM", "SMR", QT_TRANSLATE_NOOP("Country", "San Marino"), nullptr, "Republic of San Marino"},
    {"SN", "SEN", QT_TRANSLATE_NOOP("Country", "Senegal"), nullptr, "Republic of Senegal"},
    {"SO", "SOM", QT_TRANSLATE_NOOP("Country", "Somalia"), nullptr, "Federal Republic of Somalia"},
    {"SR", "SUR", QT_TRANSLATE_NOOP("Country", "Suriname"), nullptr, "Republic of Suriname"},
    {"SS", "SSD", QT_TRANSLATE_NOOP("Country", "South Sudan"), nullptr, "Republic of South Sudan"},
    {"ST", "STP", QT_TRANSLATE_NOOP("Country", "Sao Tome and Principe"), nullptr,
        "Democratic Republic of Sao Tome and Principe"},
    {"SV", "SLV", QT_TRANSLATE_NOOP("Country", "El Salvador"), nullptr, "Republic of El Salvador"},
    {"SX", "SXM", QT_TRANSLATE_NOOP("Country", "Sint Maarten (Dutch part)"), nullptr, nullptr},
    {"SY", "SYR", QT_TRANSLATE_NOOP("Country", "Syria"), "Syrian Arab Republic", nullptr},
    {"SZ", "SWZ", QT_TRANSLATE_NOOP("Country", "Eswatini"), nullptr, "Kingdom of Eswatini"},
    {"TC", "TCA", QT_TRANSLATE_NOOP("Country", "Turks and Caicos Islands"), nullptr, nullptr},
    {"TD", "TCD", QT_TRANSLATE_NOOP("Country", "Chad"), nullptr, "Republic of Chad"},
    {"TF", "ATF", QT_TRANSLATE_NOOP("Country", "French Southern Territories"), nullptr, nullptr},
    {"TG", "TGO", QT_TRANSLATE_NOOP("Country", "Togo"), nullptr, "Togolese Republic"},
    {"TH", "THA", QT_TRANSLATE_NOOP("Country", "Thailand"), nullptr, "Kingdom of Thailand"},
    {"TJ", "TJK", QT_TRANSLATE_NOOP("Country", "Tajikistan"), nullptr, "Republic of Tajikistan"},
    {"TK", "TKL", QT_TRANSLATE_NOOP("Country", "Tokelau"), nullptr, nullptr},
    {"TL", "TLS", QT_TRANSLATE_NOOP("Country", "Timor-Leste"), nullptr, "Democratic Republic of Timor-Leste"},
    {"TM", "TKM", QT_TRANSLATE_NOOP("Country", "Turkmenistan"), nullptr, nullptr},
    {"TN", "TUN", QT_TRANSLATE_NOOP("Country", "Tunisia"), nullptr, "Republic of Tunisia"},
    {"TO", "TON", QT_TRANSLATE_NOOP("Country", "Tonga"), nullptr, "Kingdom of Tonga"},
    {"TR", "TUR", QT_TRANSLATE_NOOP("Country", "Türkiye"), nullptr, "Republic of Türkiye"},
    {"TT", "TTO", QT_TRANSLATE_NOOP("Country", "Trinidad and Tobago"), nullptr,
        "Republic of Trinidad and Tobago"},
    {"TV", "TUV", QT_TRANSLATE_NOOP("Country", "Tuvalu"), nullptr, nullptr},
    {"TW", "TWN", QT_TRANSLATE_NOOP("Country", "Taiwan"), "Taiwan, Province of China", nullptr},
    {"TZ", "TZA", QT_TRANSLATE_NOOP("Country", "Tanzania"), "Tanzania, United Republic of",
        "United Republic of Tanzania"},
    {"UA", "UKR", QT_TRANSLATE_NOOP("Country", "Ukraine"), nullptr, nullptr},
    {"UG", "UGA", QT_TRANSLATE_NOOP("Country", "Uganda"), nullptr, "Republic of Uganda"},
    {"UM", "UMI", QT_TRANSLATE_NOOP("Country", "United States Minor Outlying Islands"), nullptr, nullptr},
    {"US", "USA", QT_TRANSLATE_NOOP("Country", "United States"), nullptr, "United States of America"},
    {"UY", "URY", QT_TRANSLATE_NOOP("Country", "Uruguay"), nullptr, "Eastern Republic of Uruguay"},
    {"UZ", "UZB", QT_TRANSLATE_NOOP("Country", "Uzbekistan"), nullptr, "Republic of Uzbekistan"},
    {"VA", "VAT", QT_TRANSLATE_NOOP("Country", "Holy See (Vatican City State)"), nullptr, nullptr},
    {"VC", "VCT", QT_TRANSLATE_NOOP("Country", "Saint Vincent and the Grenadines"), nullptr, nullptr},
    {"VE", "VEN", QT_TRANSLATE_NOOP("Country", "Venezuela"), "Venezuela, Bolivarian Republic of",
        "Bolivarian Republic of Venezuela"},
    {"VG", "VGB", QT_TRANSLATE_NOOP("Country", "Virgin Islands, British"), nullptr, "British Virgin Islands"},
    {"VI", "VIR", QT_TRANSLATE_NOOP("Country", "Virgin Islands, U.S."), nullptr,
        "Virgin Islands of the United States"},
    {"VN", "VNM", QT_TRANSLATE_NOOP("Country", "Vietnam"), "Viet Nam", "Socialist Republic of Viet Nam"},
    {"VU", "VUT", QT_TRANSLATE_NOOP("Country", "Vanuatu"), nullptr, "Republic of Vanuatu"},
    {"WF", "WLF", QT_TRANSLATE_NOOP("Country", "Wallis and Futuna"), nullptr, nullptr},
    {"WS", "WSM", QT_TRANSLATE_NOOP("Country", "Samoa"), nullptr, "Independent State of Samoa"},
    {"YE", "YEM", QT_TRANSLATE_NOOP("Country", "Yemen"), nullptr, "Republic of Yemen"},
    {"YT", "MYT", QT_TRANSLATE_NOOP("Country", "Mayotte"), nullptr, nullptr},
    {"ZA", "ZAF", QT_TRANSLATE_NOOP("Country", "South Africa"), nullptr, "Republic of South Africa"},
    {"ZM", "ZMB", QT_TRANSLATE_NOOP("Country", "Zambia"), nullptr, "Republic of Zambia"},
    {"ZW", "ZWE", QT_TRANSLATE_NOOP("Country", "Zimbabwe"), nullptr, "Republic of Zimbabwe"},
};

// Names people and other programs use that ISO does not.
constexpr struct
{
    const char *alias;
    char alpha2[3];
} aliases[] = {
    {"UK", "GB"}, // reserved by ISO for the United Kingdom; what most people write
    {"Great Britain", "GB"},
    {"Britain", "GB"},
    {"England", "GB"},
    {"Scotland", "GB"},
    {"Wales", "GB"},
    {"Northern Ireland", "GB"},
    {"America", "US"},
    {"EL", "GR"}, // the code the EU uses for Greece, e.g. in VAT numbers
    {"Holland", "NL"},
    {"Turkey", "TR"},
    {"Russia", "RU"},
    {"Korea, South", "KR"},
    {"Korea, North", "KP"},
    {"Macedonia", "MK"},
    {"Ivory Coast", "CI"},
    {"Cape Verde", "CV"},
    {"Swaziland", "SZ"},
    {"Burma", "MM"},
    {"East Timor", "TL"},
    {"Vatican", "VA"},
    {"Vatican City", "VA"},
    {"Palestine", "PS"},
    {"DR Congo", "CD"},
    {"DRC", "CD"},
    {"Congo-Kinshasa", "CD"},
    {"Congo-Brazzaville", "CG"},
    {"Brunei", "BN"},
    {"Micronesia", "FM"},
    {"Macau", "MO"},
    {"UAE", "AE"},
    {"Bosnia", "BA"},
    {"Falklands", "FK"},
    {"Pitcairn Islands", "PN"},
    {"Saint Helena", "SH"},
};

// German names, which German spreadsheets write as often as the codes. Looked up after every
// English spelling, so they never shadow one.
constexpr struct
{
    const char *name;
    char alpha2[3];
} germanNames[] = {
    {"Deutschland", "DE"},
    {"Bundesrepublik Deutschland", "DE"},
    {"Österreich", "AT"},
    {"Schweiz", "CH"},
    {"Frankreich", "FR"},
    {"Italien", "IT"},
    {"Spanien", "ES"},
    {"Niederlande", "NL"},
    {"Belgien", "BE"},
    {"Luxemburg", "LU"},
    {"Dänemark", "DK"},
    {"Schweden", "SE"},
    {"Norwegen", "NO"},
    {"Finnland", "FI"},
    {"Polen", "PL"},
    {"Tschechien", "CZ"},
    {"Tschechische Republik", "CZ"},
    {"Slowakei", "SK"},
    {"Ungarn", "HU"},
    {"Slowenien", "SI"},
    {"Kroatien", "HR"},
    {"Rumänien", "RO"},
    {"Bulgarien", "BG"},
    {"Griechenland", "GR"},
    {"Türkei", "TR"},
    {"Irland", "IE"},
    {"Vereinigtes Königreich", "GB"},
    {"Großbritannien", "GB"},
    {"Vereinigte Staaten", "US"},
    {"Vereinigte Staaten von Amerika", "US"},
    {"Kanada", "CA"},
    {"Russland", "RU"},
    {"Indien", "IN"},
    {"Brasilien", "BR"},
    {"Mexiko", "MX"},
    {"Australien", "AU"},
    {"Südafrika", "ZA"},
    {"Estland", "EE"},
    {"Lettland", "LV"},
    {"Litauen", "LT"},
    {"Island", "IS"},
    {"Zypern", "CY"},
    {"Serbien", "RS"},
    {"Weißrussland", "BY"},
    {"Ägypten", "EG"},
    {"Marokko", "MA"},
    {"Tunesien", "TN"},
    {"Vereinigte Arabische Emirate", "AE"},
    {"Saudi-Arabien", "SA"},
    {"Südkorea", "KR"},
    {"Neuseeland", "NZ"},
    {"Argentinien", "AR"},
    {"Kolumbien", "CO"},
    {"Albanien", "AL"},
    {"Mazedonien", "MK"},
    {"Nordmazedonien", "MK"},
    {"Bosnien und Herzegowina", "BA"},
    {"Moldau", "MD"},
    {"Georgien", "GE"},
};

const CountryData *find(const QString &code)
{
    if (code.size() != 2)
        return nullptr;
    const auto it = std::lower_bound(std::begin(countries), std::end(countries), code,
        [](const CountryData &c, const QString &key) { return QLatin1String(c.alpha2, 2) < key; });
    if (it == std::end(countries) || QLatin1String(it->alpha2, 2) != code)
        return nullptr;
    return it;
}

// The form in which names are compared: case, accents, punctuation and spacing do not count.
QString key(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString simple;
    simple.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == QLatin1Char('.') || c == QLatin1Char('\'')
            || c == QChar(0x2019))
            continue;
        if (c == QLatin1Char('&'))
            simple.append(QStringLiteral(" and "));
        else if (c == QChar(0x00DF)) // ß, which simple case folding keeps
            simple.append(QStringLiteral("ss"));
        else if (c == QLatin1Char('-') || c == QLatin1Char(',') || c == QLatin1Char('/')
            || c == QLatin1Char('(') || c == QLatin1Char(')') || c.isSpace())
            simple.append(QLatin1Char(' '));
        else
            simple.append(c);
    }
    QStringList words = simple.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1 && words.first() == QLatin1String("the"))
        words.removeFirst();
    for (QString &w : words) {
        if (w == QLatin1String("st"))
            w = QStringLiteral("saint");
    }
    // Without spaces, so that "Cote d'Ivoire", "COTE D IVOIRE" and "CoteDIvoire" meet too.
    return words.join(QString());
}

// A name and the ways it is also written: without the part in parentheses ("Falkland Islands"),
// and with an inverted ISO name turned around ("Virgin Islands, British" → "British Virgin Islands").
QStringList variants(const char *utf8)
{
    QStringList out;
    if (!utf8)
        return out;
    const QString name = QString::fromUtf8(utf8);
    out.append(name);
    const qsizetype paren = name.indexOf(QLatin1String(" ("));
    if (paren > 0)
        out.append(name.left(paren));
    const qsizetype comma = name.indexOf(QLatin1String(", "));
    if (comma > 0)
        out.append(name.mid(comma + 2) + QLatin1Char(' ') + name.left(comma));
    return out;
}

const QHash<QString, QString> &lookup()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        // First come, first kept: codes win over aliases, aliases over derived name variants.
        const auto add = [&t](const QString &text, const char *code) {
            const QString k = key(text);
            if (!k.isEmpty() && !t.contains(k))
                t.insert(k, QLatin1String(code, 2));
        };
        for (const CountryData &c : countries) {
            add(QLatin1String(c.alpha2, 2), c.alpha2);
            add(QLatin1String(c.alpha3, 3), c.alpha2);
        }
        for (const auto &a : aliases)
            add(QString::fromUtf8(a.alias), a.alpha2);
        for (const CountryData &c : countries) {
            for (const char *name : {c.name, c.isoName, c.officialName}) {
                for (const QString &v : variants(name))
                    add(v, c.alpha2);
            }
        }
        for (const auto &g : germanNames)
            add(QString::fromUtf8(g.name), g.alpha2);
        return t;
    }();
    return table;
}

} // namespace

bool Country::isValid(const QString &code)
{
    return find(code) != nullptr;
}

QString Country::name(const QString &code)
{
    const CountryData *c = find(code);
    return c ? QCoreApplication::translate("Country", c->name) : QString();
}

QString Country::englishName(const QString &code)
{
    const CountryData *c = find(code);
    return c ? QString::fromUtf8(c->name) : QString();
}

QList<Country::Entry> Country::all()
{
    QList<Entry> list;
    list.reserve(std::size(countries));
    for (const CountryData &c : countries)
        list.append({QLatin1String(c.alpha2, 2), QCoreApplication::translate("Country", c.name)});
    return list;
}

QString Country::fromName(const QString &text)
{
    return lookup().value(key(text));
}

} // namespace cd
