#pragma once

// Word lists, cities, banks and number formats the demo generator builds plausible records from.
// Private to core/demo. Strings are UTF-8. In patterns "#" is a digit, "%" a digit 1-9, "@" a letter
// A-Z; any other character is kept as it is.

#include <span>

namespace cd::demodata {

struct City
{
    const char *name;
    const char *region;
    double latitude;
    double longitude;
    const char *postcode; // pattern
};

struct Bank
{
    const char *name;
    const char *bic;
};

struct Language
{
    std::span<const char *const> stems; // brand-like first words of company names
    std::span<const char *const> sectors; // "Systems", "Datentechnik"
    std::span<const char *const> firstNames;
    std::span<const char *const> lastNames;
    std::span<const char *const> streets;
    bool numberFirst; // "12 High Street" rather than "Hauptstraße 12"
    // Customer names: "%c" = a city, "%l" = a last name, "%n" = a number.
    std::span<const char *const> smallBusinesses;
    std::span<const char *const> publicSector;
    std::span<const char *const> education;
    std::span<const char *const> healthcare;
};

struct Country
{
    const char *code;
    int weight; // share of generated partners and direct customers
    const Language *language;
    const Language *secondLanguage; // bilingual countries; may be null
    int secondLanguagePercent;
    std::span<const City> cities;
    std::span<const char *const> legalForms; // the first is the most common
    std::span<const Bank> banks;
    const char *domainSuffix; // "de", "co.uk"
    const char *phone; // pattern
    const char *taxId; // pattern
    // Sales area: `areaA` for cities at or north (or east, for splitByLongitude) of `split`,
    // `areaB` otherwise; areaB null = the whole country is areaA.
    const char *areaA;
    const char *areaB;
    double split;
    bool splitByLongitude;
};

// ---- shared across languages ----

constexpr const char *kSharedSectors[] = {"Systems", "Telecom", "IT", "Networks", "Solutions", "Technologies",
    "Data", "Digital", "Computer", "Communications", "Connect", "Consulting", "Software", "Office",
    "Services", "Tech", "Cloud", "Media", "Electronics", "Infotech"};

constexpr const char *kBusinessNatures[] = {"IT services", "Telecommunications", "Office equipment",
    "Managed services", "Software licensing", "Hardware retail", "Consulting", "Security systems",
    "Cloud services", "Network installation", "Printing solutions", "Unified communications"};

constexpr const char *kContactFunctions[] = {"Managing Director", "Sales Manager", "Accounting", "Purchasing",
    "Technical Contact", "Office Manager", "Marketing", "Key Account Manager", "Service Manager"};

constexpr const char *kSuspensionReasons[]
    = {"Overdue invoices", "Compliance review pending", "KYC documents expired",
        "Contract breach under review", "Requested by finance", "Sanctions screening hit under review"};

constexpr const char *kTags[]
    = {"Key account", "Cloud", "Security", "Public sector", "Training", "Certified", "Newsletter"};

constexpr const char *kNotes[]
    = {"Prefers contact by e-mail.", "Annual review in Q4.", "Interested in the cloud programme.",
        "Invoices to the accounting address only.", "Joined through the spring campaign."};

// Appended to some company names: "Nordlicht Systems Plus".
constexpr const char *kQualifiers[]
    = {"Plus", "Pro", "24", "360", "Direct", "Partners", "Group", "One", "Hub", "Works", "Point", "Team",
        "Net", "Line", "Port", "Center", "Connect", "Online", "Express", "Service"};

constexpr const char *kEnterpriseWords[] = {"Group", "Holding", "International", "Industries", "Logistics",
    "Manufacturing", "Energy", "Retail", "Pharma", "Automotive", "Finance", "Insurance"};

constexpr const char *kSegments[] = {"SMB", "Enterprise", "Public sector", "Education", "Healthcare"};
constexpr int kSegmentWeights[] = {55, 15, 10, 10, 10};

// Account managers: login, display name.
struct Manager
{
    const char *login;
    const char *name;
};
constexpr Manager kManagers[]
    = {{"abecker", "Anna Becker"}, {"jdupont", "Julien Dupont"}, {"sclarke", "Sarah Clarke"},
        {"mrossi", "Marco Rossi"}, {"lgarcia", "Lucía García"}, {"pjanssen", "Pieter Janssen"},
        {"elindqvist", "Emma Lindqvist"}, {"tnowak", "Tomasz Nowak"}, {"rsilva", "Rita Silva"},
        {"mobrien", "Michael O'Brien"}, {"khansen", "Kristian Hansen"}, {"jmiller", "Jessica Miller"}};

// ---- English ----
constexpr const char *kEnStems[] = {"Bluewater", "Redstone", "Silverline", "Northgate", "Brightpath",
    "Kingsbridge", "Oakfield", "Clearview", "Highland", "Summit", "Harbour", "Meridian", "Crown", "Riverside",
    "Ashford", "Pinnacle", "Greenfield", "Westbrook", "Falcon", "Sterling", "Beacon", "Lakeside", "Evergreen",
    "Keystone", "Horizon", "Ironbridge", "Cobalt", "Granite", "Maple", "Orbit", "Trident", "Windmill",
    "Blackrock", "Fairway", "Northwind", "Eastgate", "Copperfield", "Starling", "Thistle", "Bramble"};
constexpr const char *kEnSectors[] = {"Systems", "Telecom", "IT", "Networks", "Solutions", "Technologies",
    "Data Services", "Computing", "Business Systems", "Communications", "IT Services", "Office Solutions"};
constexpr const char *kEnFirst[]
    = {"James", "Oliver", "Emily", "Sophie", "Thomas", "Charlotte", "Daniel", "Grace", "William", "Amelia",
        "Jack", "Olivia", "Harry", "Jessica", "George", "Hannah", "Michael", "Sarah", "David", "Laura",
        "Christopher", "Rachel", "Matthew", "Emma", "Andrew", "Megan", "Ryan", "Chloe", "Sean", "Aoife"};
constexpr const char *kEnLast[] = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
    "Wilson", "Thomas", "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes",
    "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke", "Jackson", "Murphy", "Kelly", "O'Brien", "Walsh",
    "Miller", "Anderson", "Campbell", "Stewart", "Mitchell", "Parker", "Collins", "Bennett", "Cooper",
    "Turner", "Ward", "Morgan"};
constexpr const char *kEnStreets[]
    = {"High Street", "Station Road", "Main Street", "Church Lane", "Park Avenue", "Victoria Road",
        "Mill Lane", "King Street", "Queen Street", "Market Square", "Oak Drive", "Bridge Street",
        "Elm Street", "Lake View", "Commerce Way", "Industrial Park", "Harbour Road", "Riverside Drive"};
constexpr const char *kEnSmall[] = {"%l & Sons", "%l Electrical", "%l Accountants", "%c Print Shop",
    "%l Bakery", "%c Motors", "%l Dental Care", "%l Architects", "%c Florist", "%l Plumbing", "%l Law Firm",
    "%c Hardware", "%l Joinery", "%c Coffee House"};
constexpr const char *kEnPublic[] = {"%c City Council", "%c County Council", "%c Fire and Rescue Service",
    "%c Water Authority", "Port of %c", "%c Public Library", "%c Housing Association", "%c Police Station %n",
    "District %n Office %c"};
constexpr const char *kEnEducation[]
    = {"University of %c", "%c High School", "%c Community College", "St. Mary's School %c", "%c Academy",
        "%c Institute of Technology", "%c Elementary School No. %n", "%l Academy %c"};
constexpr const char *kEnHealth[] = {"%c General Hospital", "%l Family Practice", "%c Medical Centre",
    "%c Children's Hospital", "%l Dental Clinic", "%c Care Home", "Dr. %l Surgery", "%c Health Centre %n"};

// ---- German ----
constexpr const char *kDeStems[] = {"Nordlicht", "Alpen", "Rheintal", "Bergwerk", "Sonnenfeld", "Elbe",
    "Hanse", "Schwarzwald", "Donau", "Lindenhof", "Adler", "Falken", "Eichen", "Weitblick", "Sternwarte",
    "Bodensee", "Mainufer", "Isar", "Tannen", "Nordstern", "Kronen", "Funkwerk", "Rotbuche", "Edelweiß",
    "Sturm", "Harz", "Ostsee", "Spree", "Neckar", "Wendelstein", "Lichtblick", "Kompass", "Brückenkopf",
    "Silberberg", "Feldberg", "Zugspitz", "Morgenrot", "Taunus", "Eifel", "Weser"};
constexpr const char *kDeSectors[]
    = {"Datentechnik", "Bürotechnik", "Informationstechnik", "Kommunikationstechnik", "Netzwerke",
        "Elektronik", "Systemhaus", "IT-Service", "Telekom", "Computer", "Systeme", "Software"};
constexpr const char *kDeFirst[] = {"Anna", "Lukas", "Lena", "Jonas", "Laura", "Felix", "Julia", "Maximilian",
    "Sophie", "Paul", "Katharina", "Leon", "Marie", "Tobias", "Sabine", "Stefan", "Claudia", "Michael",
    "Petra", "Andreas", "Monika", "Jürgen", "Ursula", "Matthias", "Birgit", "Florian", "Johanna", "Sebastian",
    "Jörg", "Hanna"};
constexpr const char *kDeLast[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
    "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
    "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
    "Werner", "Krause", "Meier", "Lehmann", "Huber", "Gruber", "Brandt", "Vogel", "Keller", "Günther",
    "Frank", "Berger", "Winkler", "Lorenz"};
constexpr const char *kDeStreets[] = {"Hauptstraße", "Bahnhofstraße", "Industriestraße", "Gartenweg",
    "Schillerstraße", "Goethestraße", "Lindenallee", "Marktplatz", "Kirchgasse", "Am Hafen", "Ringstraße",
    "Mühlenweg", "Gewerbepark", "Friedrichstraße", "Am Sportplatz", "Birkenweg", "Talstraße", "Bergstraße"};
constexpr const char *kDeSmall[] = {"Bäckerei %l", "Autohaus %l", "Elektro %l", "Steuerkanzlei %l",
    "Druckerei %c", "Schreinerei %l", "Zahnarztpraxis %l", "Architekturbüro %l", "Blumen %l",
    "Malerbetrieb %l", "Rechtsanwälte %l & Partner", "Sanitär %l", "Café am Markt %c", "Optik %l"};
constexpr const char *kDePublic[] = {"Stadt %c", "Landratsamt %c", "Stadtwerke %c", "Feuerwehr %c",
    "Jobcenter %c", "Stadtbibliothek %c", "Wasserverband %c", "Bezirksamt %c %n", "Ortsamt %c-%n"};
constexpr const char *kDeEducation[] = {"Universität %c", "Gymnasium %c", "Berufsschule %c", "Hochschule %c",
    "Volkshochschule %c", "Grundschule am Park %c", "%n. Grundschule %c", "%l-Gymnasium %c"};
constexpr const char *kDeHealth[] = {"Klinikum %c", "Praxis Dr. %l", "Ärztehaus %c", "Pflegeheim %c",
    "Kinderklinik %c", "Zahnklinik %c", "Praxis Dr. %l & Kollegen", "MVZ %c %n"};

// ---- French ----
constexpr const char *kFrStems[] = {"Lumière", "Horizon", "Azur", "Rivière", "Soleil", "Étoile", "Montagne",
    "Océan", "Cèdre", "Mistral", "Vallée", "Lavande", "Phare", "Atlas", "Alliance", "Orée", "Belvédère",
    "Armor", "Provence", "Garonne", "Loire", "Rhône", "Écluse", "Sémaphore", "Opale", "Aquitaine", "Alizé",
    "Vercors", "Chêne", "Mont-Blanc", "Calanque", "Bocage", "Clairière", "Méridien", "Cigale"};
constexpr const char *kFrSectors[] = {"Informatique", "Télécom", "Réseaux", "Bureautique", "Services",
    "Systèmes", "Numérique", "Solutions", "Technologies", "Communication", "Conseil", "Électronique"};
constexpr const char *kFrFirst[] = {"Camille", "Julien", "Léa", "Nicolas", "Manon", "Antoine", "Chloé",
    "Thomas", "Sarah", "Maxime", "Pauline", "Hugo", "Émilie", "Pierre", "Claire", "François", "Isabelle",
    "Mathieu", "Céline", "Sébastien", "Nathalie", "Olivier", "Sophie", "Étienne", "Amélie", "Jean-Luc",
    "Marie", "Louis", "Élodie", "Benoît"};
constexpr const char *kFrLast[] = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
    "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand",
    "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert",
    "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Müller",
    "Henry", "Roussel", "Perrin"};
constexpr const char *kFrStreets[] = {"rue de la République", "avenue Jean Jaurès", "rue Victor Hugo",
    "boulevard Pasteur", "rue du Général de Gaulle", "place de la Mairie", "rue de l'Église",
    "avenue de la Gare", "rue des Lilas", "chemin des Vignes", "rue du Commerce", "allée des Tilleuls",
    "quai de la Loire", "rue Nationale", "impasse des Artisans", "zone industrielle Nord"};
constexpr const char *kFrSmall[] = {"Boulangerie %l", "Garage %l", "Cabinet comptable %l", "Imprimerie de %c",
    "Pharmacie %l", "Menuiserie %l", "Cabinet dentaire %l", "Fleurs de %c", "Plomberie %l",
    "Avocats %l & Associés", "Café de la Place %c", "Librairie %l", "Optique %l"};
constexpr const char *kFrPublic[] = {"Mairie de %c", "Conseil départemental %c", "Communauté urbaine de %c",
    "Service des eaux de %c", "Médiathèque de %c", "Port autonome de %c", "Mairie annexe n°%n %c"};
constexpr const char *kFrEducation[]
    = {"Université de %c", "Lycée Victor Hugo %c", "Collège Jean Moulin %c", "École de commerce de %c",
        "IUT de %c", "École primaire Les Tilleuls %c", "École primaire n°%n %c", "Lycée %l %c"};
constexpr const char *kFrHealth[] = {"Centre hospitalier de %c", "Cabinet médical %l", "Clinique du Parc %c",
    "CHU de %c", "EHPAD Les Jardins %c", "Centre dentaire %c", "Cabinet du Dr %l", "Centre médical %c %n"};

// ---- Spanish ----
constexpr const char *kEsStems[] = {"Rivera", "Sol", "Iberia", "Costa", "Sierra", "Mirador", "Alba",
    "Levante", "Faro", "Montaña", "Olivo", "Brisa", "Tajo", "Ebro", "Castilla", "Galicia", "Nova", "Duero",
    "Cumbre", "Horizonte", "Marina", "Mediterráneo", "Aurora", "Delta", "Pinar", "Lucero", "Arco", "Vega",
    "Atalaya", "Alhambra", "Almendro", "Guadiana", "Peñalara", "Cierzo", "Aljarafe"};
constexpr const char *kEsSectors[]
    = {"Informática", "Telecom", "Sistemas", "Redes", "Soluciones", "Tecnologías", "Comunicaciones",
        "Servicios Informáticos", "Ofimática", "Digital", "Electrónica", "Consultores"};
constexpr const char *kEsFirst[]
    = {"Lucía", "Hugo", "María", "Martín", "Paula", "Daniel", "Sofía", "Pablo", "Carmen", "Alejandro",
        "Laura", "Javier", "Elena", "David", "Marta", "Sergio", "Ana", "Jorge", "Cristina", "Manuel",
        "Isabel", "Carlos", "Raquel", "Antonio", "Beatriz", "Álvaro", "Nuria", "Íñigo", "Pilar", "José"};
constexpr const char *kEsLast[] = {"García", "Rodríguez", "González", "Fernández", "López", "Martínez",
    "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz",
    "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil",
    "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz",
    "Rubio", "Marín", "Sanz", "Rivera"};
constexpr const char *kEsStreets[] = {"Calle Mayor", "Avenida de la Constitución", "Calle Real",
    "Plaza de España", "Calle del Sol", "Paseo de la Castellana", "Calle Nueva", "Avenida de Andalucía",
    "Calle de la Iglesia", "Calle San Juan", "Polígono Industrial Norte", "Calle del Mar",
    "Ronda de Valencia", "Calle Alcalá", "Camino Viejo"};
constexpr const char *kEsSmall[] = {"Panadería %l", "Talleres %l", "Asesoría %l", "Imprenta %c",
    "Farmacia %l", "Carpintería %l", "Clínica Dental %l", "Floristería %c", "Fontanería %l", "Abogados %l",
    "Cafetería La Plaza %c", "Librería %l"};
constexpr const char *kEsPublic[] = {"Ayuntamiento de %c", "Diputación de %c", "Aguas de %c",
    "Bomberos de %c", "Biblioteca Municipal de %c", "Puerto de %c", "Junta Municipal de Distrito %n %c"};
constexpr const char *kEsEducation[]
    = {"Universidad de %c", "IES %c", "Colegio San José %c", "Escuela de Negocios de %c",
        "Conservatorio de %c", "CEIP Miguel de Cervantes %c", "CEIP n.º %n %c", "Colegio %l %c"};
constexpr const char *kEsHealth[]
    = {"Hospital General de %c", "Clínica %l", "Centro de Salud %c", "Hospital Universitario de %c",
        "Residencia Los Olivos %c", "Clínica Dental %c", "Consultorio Dr. %l", "Centro de Salud %c %n"};

// ---- Italian ----
constexpr const char *kItStems[] = {"Aurora", "Stella", "Vesuvio", "Laguna", "Colle", "Tevere", "Arno",
    "Dolomiti", "Cielo", "Mare", "Sole", "Aquila", "Quercia", "Riviera", "Etna", "Garda", "Monte", "Ponte",
    "Torre", "Vento", "Luna", "Fiume", "Olimpo", "Brenta", "Lario", "Nuvola", "Leone", "Faro", "Dora",
    "Gran Sasso", "Maestrale", "Adige", "Cedro", "Orizzonte", "Alpi"};
constexpr const char *kItSectors[] = {"Informatica", "Telecomunicazioni", "Sistemi", "Reti", "Soluzioni",
    "Tecnologie", "Servizi Informatici", "Office", "Digitale", "Elettronica", "Comunicazioni", "Consulting"};
constexpr const char *kItFirst[] = {"Giulia", "Francesco", "Chiara", "Alessandro", "Sara", "Lorenzo",
    "Martina", "Matteo", "Federica", "Andrea", "Elena", "Marco", "Valentina", "Luca", "Francesca", "Giuseppe",
    "Alessia", "Davide", "Silvia", "Stefano", "Paola", "Roberto", "Elisa", "Simone", "Ilaria", "Niccolò",
    "Beatrice", "Riccardo", "Anna", "Fabio"};
constexpr const char *kItLast[] = {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
    "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
    "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara",
    "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola",
    "De Santis", "D'Angelo", "Marchetti"};
constexpr const char *kItStreets[]
    = {"Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Piazza del Duomo", "Via Dante Alighieri",
        "Viale della Repubblica", "Via Verdi", "Via Cavour", "Via dell'Industria", "Via Marconi",
        "Corso Vittorio Emanuele", "Via XX Settembre", "Via dei Mille", "Viale Europa"};
constexpr const char *kItSmall[] = {"Panificio %l", "Officina %l", "Studio Commercialista %l",
    "Tipografia %c", "Farmacia %l", "Falegnameria %l", "Studio Dentistico %l", "Fioreria %c", "Idraulica %l",
    "Studio Legale %l", "Bar Centrale %c", "Libreria %l"};
constexpr const char *kItPublic[] = {"Comune di %c", "Provincia di %c", "Acquedotto di %c",
    "Vigili del Fuoco %c", "Biblioteca Civica di %c", "Autorità Portuale di %c", "Municipio %n %c"};
constexpr const char *kItEducation[]
    = {"Università di %c", "Liceo Scientifico %c", "Istituto Tecnico %c", "Politecnico di %c",
        "Scuola Primaria Collodi %c", "Conservatorio di %c", "Istituto Comprensivo %n %c", "Liceo %l %c"};
constexpr const char *kItHealth[]
    = {"Ospedale di %c", "Studio Medico %l", "Clinica San Luca %c", "Azienda Ospedaliera di %c",
        "Casa di Cura Villa Serena %c", "Poliambulatorio %c", "Studio Dott. %l", "Poliambulatorio %c %n"};

// ---- Dutch ----
constexpr const char *kNlStems[] = {"Noorder", "Polder", "Molen", "Dijk", "Tulp", "Zeeland", "Haven",
    "Oranje", "Waterland", "Duin", "Brug", "Linde", "Eiland", "Vecht", "Amstel", "Maas", "Rijn", "Zuider",
    "Klaver", "Kade", "Lindeboom", "Vlinder", "Meer", "Berken", "Eiken", "Hoog", "Ster", "Zon", "Wind",
    "Kust", "Veluwe", "Scheldt", "Wadden", "Kempen", "Grachten"};
constexpr const char *kNlSectors[] = {"Automatisering", "Telecom", "Netwerken", "ICT", "Systemen",
    "Solutions", "Kantoortechniek", "Communicatie", "Digitaal", "Elektronica", "IT-Diensten", "Advies"};
constexpr const char *kNlFirst[] = {"Daan", "Emma", "Sem", "Julia", "Lucas", "Sophie", "Milan", "Tess",
    "Thijs", "Anna", "Jesse", "Lotte", "Bram", "Eva", "Ruben", "Sanne", "Pieter", "Femke", "Jan", "Marieke",
    "Joost", "Ilse", "Koen", "Anouk", "Wouter", "Lieke", "Maarten", "Esther", "Sven", "Noor"};
constexpr const char *kNlLast[] = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
    "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
    "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
    "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "Peeters", "Maes", "Claes", "Willems",
    "Goossens", "Wouters", "De Smet", "Mertens", "Dubois", "Lambert"};
constexpr const char *kNlStreets[] = {"Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Schoolstraat",
    "Hoofdstraat", "Industrieweg", "Marktplein", "Julianastraat", "Beatrixlaan", "Havenkade", "Nieuwstraat",
    "Stationsstraat", "Kapelstraat", "Veldstraat", "Kouter"};
constexpr const char *kNlSmall[] = {"Bakkerij %l", "Autobedrijf %l", "Administratiekantoor %l",
    "Drukkerij %c", "Apotheek %l", "Timmerbedrijf %l", "Tandartspraktijk %l", "Bloemen %c", "Loodgieter %l",
    "Advocatenkantoor %l", "Eetcafé De Markt %c", "Boekhandel %l"};
constexpr const char *kNlPublic[] = {"Gemeente %c", "Provincie %c", "Waterschap %c", "Brandweer %c",
    "Openbare Bibliotheek %c", "Havenbedrijf %c", "Stadsdeel %n %c"};
constexpr const char *kNlEducation[]
    = {"Universiteit %c", "Hogeschool %c", "Stedelijk Gymnasium %c", "ROC %c", "Basisschool De Regenboog %c",
        "Hogeschool voor de Kunsten %c", "Basisschool %l %c", "OBS %n %c"};
constexpr const char *kNlHealth[] = {"Ziekenhuis %c", "Huisartsenpraktijk %l", "Medisch Centrum %c",
    "Zorgcentrum De Linde %c", "Tandartsenpraktijk %c", "Kinderziekenhuis %c", "Huisartsenpraktijk %l %c",
    "Gezondheidscentrum %c %n"};

// ---- Swedish ----
constexpr const char *kSvStems[] = {"Norrsken", "Fjäll", "Skog", "Sjö", "Älv", "Björk", "Gran", "Strand",
    "Vind", "Stjärn", "Berg", "Ljus", "Havs", "Dal", "Lind", "Klipp", "Solvik", "Vasa", "Öresund", "Mälar",
    "Kust", "Lapp", "Göta", "Vårdträd", "Ekdal"};
constexpr const char *kSvSectors[] = {"Data", "Teknik", "System", "Nätverk", "IT", "Kommunikation",
    "Kontorsteknik", "Elektronik", "Konsult", "Digital"};
constexpr const char *kSvFirst[] = {"Erik", "Anna", "Lars", "Maria", "Karl", "Eva", "Johan", "Karin",
    "Anders", "Sara", "Per", "Emma", "Nils", "Ingrid", "Oskar", "Elin", "Björn", "Linnea", "Gustav", "Maja",
    "Åsa", "Mikael", "Frida", "Henrik", "Sofia"};
constexpr const char *kSvLast[] = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
    "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
    "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg",
    "Axelsson", "Bergström", "Lundberg", "Lundgren", "Lund", "Åberg"};
constexpr const char *kSvStreets[] = {"Storgatan", "Drottninggatan", "Kungsgatan", "Järnvägsgatan",
    "Skolgatan", "Industrivägen", "Hamngatan", "Torggatan", "Nygatan", "Kyrkogatan", "Parkvägen", "Sjövägen"};
constexpr const char *kSvSmall[] = {"%l Bageri", "%l Bil", "%l Redovisning", "%c Tryckeri", "%l El",
    "%l Snickeri", "Tandläkare %l", "%c Blommor", "%l Rör", "Advokatfirman %l", "Café Torget %c"};
constexpr const char *kSvPublic[] = {"%c kommun", "Region %c", "%c Vatten", "Räddningstjänsten %c",
    "%c stadsbibliotek", "%c Hamn", "%c stadsdel %n"};
constexpr const char *kSvEducation[] = {"%c universitet", "%c gymnasium", "Högskolan i %c", "%c folkhögskola",
    "Centralskolan %c", "%l skolan %c", "%c skola %n"};
constexpr const char *kSvHealth[] = {"%c sjukhus", "Vårdcentralen %c", "Läkarhuset %c", "Tandvården %c",
    "%c äldreboende", "Vårdcentral %c %n", "Läkare %l"};

// ---- Polish ----
constexpr const char *kPlStems[] = {"Orzeł", "Wisła", "Tatry", "Bałtyk", "Mazury", "Odra", "Jantar", "Polana",
    "Sokół", "Dąb", "Brzoza", "Słoneczny", "Gwiazda", "Karpaty", "Warta", "Bursztyn", "Pomorze", "Sudety",
    "Zefir", "Horyzont", "Wawel", "Wiking", "Promień", "Klif", "Nowa Era"};
constexpr const char *kPlSectors[] = {"Informatyka", "Telekom", "Systemy", "Sieci", "Technologie",
    "Rozwiązania", "Komputery", "Elektronika", "Serwis IT", "Cyfrowe", "Komunikacja"};
constexpr const char *kPlFirst[] = {"Anna", "Piotr", "Katarzyna", "Krzysztof", "Agnieszka", "Tomasz",
    "Małgorzata", "Paweł", "Magdalena", "Michał", "Joanna", "Marcin", "Ewa", "Łukasz", "Aleksandra", "Jakub",
    "Monika", "Grzegorz", "Zofia", "Wojciech", "Dorota", "Kamil", "Beata", "Mateusz", "Barbara"};
constexpr const char *kPlLast[] = {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
    "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
    "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Król",
    "Wieczorek", "Jabłoński", "Wróbel"};
constexpr const char *kPlStreets[] = {"ul. Główna", "ul. Kościuszki", "ul. Mickiewicza", "ul. Słowackiego",
    "ul. Polna", "ul. Leśna", "ul. Szkolna", "ul. Ogrodowa", "ul. Przemysłowa", "ul. Dworcowa",
    "al. Jana Pawła II", "ul. Marszałkowska", "ul. Piłsudskiego", "ul. Kwiatowa"};
constexpr const char *kPlSmall[]
    = {"Piekarnia %l", "Auto Serwis %l", "Biuro Rachunkowe %l", "Drukarnia %c", "Apteka %l", "Stolarnia %l",
        "Gabinet Stomatologiczny %l", "Kwiaciarnia %c", "Kancelaria Prawna %l", "Kawiarnia Rynek %c"};
constexpr const char *kPlPublic[] = {"Urząd Miasta %c", "Starostwo Powiatowe %c", "Wodociągi %c",
    "Straż Pożarna %c", "Biblioteka Miejska %c", "Port %c", "Urząd Dzielnicy %n %c"};
constexpr const char *kPlEducation[] = {"Uniwersytet %c", "Politechnika %c", "Liceum Ogólnokształcące %c",
    "Szkoła Podstawowa nr %n %c", "Technikum %c", "Liceum nr %n %c"};
constexpr const char *kPlHealth[] = {"Szpital Miejski %c", "Przychodnia %c", "Gabinet Lekarski %l",
    "Centrum Medyczne %c", "Dom Opieki %c", "Przychodnia nr %n %c", "Gabinet Dr. %l"};

// ---- Portuguese ----
constexpr const char *kPtStems[]
    = {"Atlântico", "Tejo", "Douro", "Lusitânia", "Farol", "Sol Nascente", "Oliveira", "Serra", "Minho",
        "Algarve", "Caravela", "Alvorada", "Estrela", "Ribeira", "Mondego", "Sintra", "Marés", "Brisa",
        "Sobreiro", "Horizonte", "Navegador", "Aurora", "Mar Azul", "Vinha", "Arrábida"};
constexpr const char *kPtSectors[] = {"Informática", "Telecomunicações", "Sistemas", "Redes", "Soluções",
    "Tecnologias", "Serviços Informáticos", "Digital", "Eletrónica", "Comunicações", "Consultoria"};
constexpr const char *kPtFirst[] = {"João", "Maria", "José", "Ana", "Francisco", "Beatriz", "Pedro", "Inês",
    "Tiago", "Mariana", "Rui", "Catarina", "Miguel", "Sofia", "Nuno", "Joana", "André", "Carla", "Luís",
    "Rita", "Gonçalo", "Helena", "Diogo", "Marta", "Paulo"};
constexpr const char *kPtLast[] = {"Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
    "Martins", "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida",
    "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes"};
constexpr const char *kPtStreets[] = {"Rua Direita", "Avenida da Liberdade", "Rua do Comércio",
    "Praça da República", "Rua de Santa Catarina", "Avenida dos Aliados", "Rua da Igreja", "Rua Nova",
    "Travessa do Carmo", "Rua 25 de Abril", "Zona Industrial", "Largo do Município"};
constexpr const char *kPtSmall[]
    = {"Padaria %l", "Oficina %l", "Contabilidade %l", "Tipografia de %c", "Farmácia %l", "Carpintaria %l",
        "Clínica Dentária %l", "Florista de %c", "Advogados %l", "Café Central %c"};
constexpr const char *kPtPublic[]
    = {"Câmara Municipal de %c", "Junta de Freguesia de %c", "Águas de %c", "Bombeiros Voluntários de %c",
        "Biblioteca Municipal de %c", "Porto de %c", "Junta de Freguesia n.º %n de %c"};
constexpr const char *kPtEducation[]
    = {"Universidade de %c", "Escola Secundária de %c", "Instituto Politécnico de %c",
        "Colégio de São José %c", "Escola Básica de %c", "Escola Básica n.º %n de %c"};
constexpr const char *kPtHealth[] = {"Hospital de %c", "Centro de Saúde de %c", "Clínica %l",
    "Lar de Idosos %c", "Hospital Particular de %c", "Clínica Dr. %l", "Centro de Saúde %c %n"};

// ---- Danish ----
constexpr const char *kDaStems[] = {"Nordlys", "Kyst", "Fjord", "Bøg", "Havn", "Lys", "Øresund", "Vest",
    "Skov", "Klit", "Mølle", "Sol", "Vind", "Bølge", "Ege", "Lind", "Fyr", "Strand", "Holm", "Sø"};
constexpr const char *kDaSectors[] = {"Data", "IT", "Teknik", "Systemer", "Netværk", "Kommunikation",
    "Kontorteknik", "Elektronik", "Digital", "Rådgivning"};
constexpr const char *kDaFirst[]
    = {"Mads", "Anne", "Søren", "Mette", "Lars", "Camilla", "Jens", "Louise", "Peter", "Sofie", "Rasmus",
        "Ida", "Mikkel", "Freja", "Anders", "Line", "Henrik", "Maja", "Jesper", "Karen"};
constexpr const char *kDaLast[] = {"Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen",
    "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen"};
constexpr const char *kDaStreets[] = {"Hovedgaden", "Vestergade", "Østergade", "Nørregade", "Søndergade",
    "Stationsvej", "Skolevej", "Industrivej", "Kirkevej", "Havnegade", "Strandvejen", "Torvet"};
constexpr const char *kDaSmall[] = {"%l Bageri", "%l Auto", "%l Revision", "%c Bogtrykkeri", "%l El-service",
    "%l Tømrer", "Tandlæge %l", "%c Blomster", "Advokatfirmaet %l", "Café Torvet %c"};
constexpr const char *kDaPublic[] = {"%c Kommune", "Region %c", "%c Forsyning", "%c Brandvæsen",
    "%c Bibliotek", "%c Havn", "%c Kommune Distrikt %n"};
constexpr const char *kDaEducation[] = {"%c Universitet", "%c Gymnasium", "Erhvervsakademi %c", "%c Skole",
    "Professionshøjskolen %c", "%c Skole %n", "%l Skolen"};
constexpr const char *kDaHealth[] = {"%c Sygehus", "Lægehuset %c", "Tandklinikken %c", "Plejehjemmet %c",
    "Sundhedshuset %c", "Lægehuset %l", "Klinik %c %n"};

// ---- Norwegian ----
constexpr const char *kNoStems[]
    = {"Nordlys", "Fjell", "Fjord", "Vidde", "Bre", "Havbris", "Midnattsol", "Furu", "Bjørk", "Polar", "Tind",
        "Elv", "Kyst", "Skjær", "Vest", "Nordkapp", "Dovre", "Hav", "Lyng", "Vik"};
constexpr const char *kNoSectors[] = {"Data", "IT", "Teknikk", "Systemer", "Nettverk", "Kommunikasjon",
    "Kontorteknikk", "Elektronikk", "Digital", "Rådgivning"};
constexpr const char *kNoFirst[] = {"Ole", "Ingrid", "Lars", "Kari", "Jon", "Sigrid", "Per", "Nora", "Anders",
    "Emma", "Erik", "Ida", "Knut", "Silje", "Magnus", "Hilde", "Bjørn", "Marit", "Håkon", "Astrid"};
constexpr const char *kNoLast[] = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
    "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Lunde", "Solberg", "Bakken", "Strand", "Moen"};
constexpr const char *kNoStreets[] = {"Storgata", "Kirkegata", "Strandveien", "Skolegata", "Industriveien",
    "Torggata", "Havnegata", "Parkveien", "Jernbanegata", "Kongens gate", "Dronningens gate", "Fjordveien"};
constexpr const char *kNoSmall[] = {"%l Bakeri", "%l Bil", "%l Regnskap", "%c Trykkeri", "%l Elektro",
    "%l Snekkeri", "Tannlege %l", "%c Blomster", "Advokatfirmaet %l", "Kafé Torget %c"};
constexpr const char *kNoPublic[] = {"%c kommune", "%c fylkeskommune", "%c Vann og avløp",
    "%c brann og redning", "%c folkebibliotek", "%c Havn", "%c bydel %n"};
constexpr const char *kNoEducation[] = {"Universitetet i %c", "%c videregående skole", "Høgskolen i %c",
    "%c barneskole", "%c folkehøgskole", "%c skole %n", "%l skole"};
constexpr const char *kNoHealth[] = {"%c sykehus", "%c legesenter", "Tannklinikken %c", "%c sykehjem",
    "Helsehuset %c", "Legekontor %l", "%c helsestasjon %n"};

// ---- Finnish ----
constexpr const char *kFiStems[]
    = {"Revontuli", "Tunturi", "Järvi", "Koivu", "Kuusi", "Aalto", "Saimaa", "Lappi", "Karhu", "Pohjola",
        "Kallio", "Sampo", "Ilmari", "Otava", "Virta", "Kaleva", "Tähti", "Meri", "Honka", "Salmi"};
constexpr const char *kFiSectors[] = {"Tietotekniikka", "Data", "Systems", "Verkot", "IT", "Tietoliikenne",
    "Toimistotekniikka", "Elektroniikka", "Digital", "Konsultointi"};
constexpr const char *kFiFirst[]
    = {"Mikko", "Anna", "Juha", "Laura", "Timo", "Maria", "Jari", "Emilia", "Antti", "Sanna", "Matti", "Aino",
        "Jukka", "Helmi", "Pekka", "Johanna", "Ville", "Sari", "Janne", "Eeva"};
constexpr const char *kFiLast[] = {"Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen",
    "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen",
    "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen"};
constexpr const char *kFiStreets[] = {"Kauppakatu", "Asemakatu", "Rantatie", "Koulukatu", "Teollisuustie",
    "Puistokatu", "Kirkkokatu", "Satamakatu", "Mannerheimintie", "Hämeenkatu", "Torikatu", "Koivukuja"};
constexpr const char *kFiSmall[]
    = {"Leipomo %l", "Autokorjaamo %l", "Tilitoimisto %l", "Kirjapaino %c", "Sähkö %l", "Puuseppä %l",
        "Hammaslääkäri %l", "Kukkakauppa %c", "Asianajotoimisto %l", "Kahvila Tori %c"};
constexpr const char *kFiPublic[] = {
    "%c kaupunki", "%c Vesi", "%c pelastuslaitos", "%c kaupunginkirjasto", "%c Satama", "%c kaupunginosa %n"};
constexpr const char *kFiEducation[] = {"%c yliopisto", "%c lukio", "%c ammattikorkeakoulu", "%c peruskoulu",
    "%c kansalaisopisto", "%c koulu %n", "%l koulu"};
constexpr const char *kFiHealth[] = {"%c keskussairaala", "Lääkärikeskus %c", "Hammasklinikka %c",
    "%c terveyskeskus", "Palvelutalo %c", "Lääkäriasema %l", "%c terveysasema %n"};

// ---- Czech ----
constexpr const char *kCsStems[]
    = {"Vltava", "Šumava", "Krkonoše", "Morava", "Labe", "Beskydy", "Lípa", "Orel", "Sokol", "Hvězda",
        "Slunce", "Javor", "Jizera", "Podyjí", "Brdy", "Horizont", "Duha", "Křišťál", "Mlýn", "Most"};
constexpr const char *kCsSectors[] = {"Informatika", "Telekom", "Systémy", "Sítě", "Technologie", "Řešení",
    "Počítače", "Elektronika", "IT Servis", "Komunikace"};
constexpr const char *kCsFirst[]
    = {"Jan", "Jana", "Petr", "Eva", "Tomáš", "Hana", "Martin", "Lucie", "Jakub", "Kateřina", "Pavel",
        "Tereza", "Jiří", "Veronika", "Lukáš", "Markéta", "David", "Klára", "Ondřej", "Barbora"};
constexpr const char *kCsLast[]
    = {"Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec",
        "Pokorný", "Marek", "Pospíšil", "Hájek", "Jelínek", "Král", "Růžička", "Beneš", "Fiala", "Sedláček"};
constexpr const char *kCsStreets[] = {"Hlavní", "Nádražní", "Školní", "Masarykova", "Husova", "Palackého",
    "Komenského", "Náměstí Míru", "Průmyslová", "Zahradní", "Na Příkopě", "Jiráskova"};
constexpr const char *kCsSmall[]
    = {"Pekárna %l", "Autoservis %l", "Účetnictví %l", "Tiskárna %c", "Lékárna %l", "Truhlářství %l",
        "Zubní ordinace %l", "Květiny %c", "Advokátní kancelář %l", "Kavárna Náměstí %c"};
constexpr const char *kCsPublic[] = {"Město %c", "Krajský úřad %c", "Vodárny %c", "Hasičský sbor %c",
    "Městská knihovna %c", "Městská část %c %n"};
constexpr const char *kCsEducation[] = {"Univerzita %c", "Gymnázium %c", "Střední průmyslová škola %c",
    "Základní škola %c", "Vysoká škola %c", "Základní škola %c %n", "Gymnázium %l"};
constexpr const char *kCsHealth[] = {"Nemocnice %c", "Poliklinika %c", "Ordinace MUDr. %l",
    "Domov seniorů %c", "Zdravotní středisko %c", "Poliklinika %c %n"};

#define CD_LANGUAGE(p, numberFirst)                                                                          \
    Language                                                                                                 \
    {                                                                                                        \
        k##p##Stems, k##p##Sectors, k##p##First, k##p##Last, k##p##Streets, numberFirst, k##p##Small,        \
            k##p##Public, k##p##Education, k##p##Health                                                      \
    }

inline const Language kEnglish = CD_LANGUAGE(En, true);
inline const Language kGerman = CD_LANGUAGE(De, false);
inline const Language kFrench = CD_LANGUAGE(Fr, true);
inline const Language kSpanish = CD_LANGUAGE(Es, false);
inline const Language kItalian = CD_LANGUAGE(It, false);
inline const Language kDutch = CD_LANGUAGE(Nl, false);
inline const Language kSwedish = CD_LANGUAGE(Sv, false);
inline const Language kPolish = CD_LANGUAGE(Pl, false);
inline const Language kPortuguese = CD_LANGUAGE(Pt, false);
inline const Language kDanish = CD_LANGUAGE(Da, false);
inline const Language kNorwegian = CD_LANGUAGE(No, false);
inline const Language kFinnish = CD_LANGUAGE(Fi, false);
inline const Language kCzech = CD_LANGUAGE(Cs, false);

#undef CD_LANGUAGE

// ---- countries: cities (with their postcode shapes), legal forms, banks ----

constexpr City kDeCities[] = {{"Berlin", "Berlin", 52.520, 13.405, "1####"},
    {"Hamburg", "Hamburg", 53.551, 9.993, "2####"}, {"München", "Bayern", 48.137, 11.575, "8####"},
    {"Köln", "Nordrhein-Westfalen", 50.938, 6.960, "50###"},
    {"Frankfurt am Main", "Hessen", 50.110, 8.682, "60###"},
    {"Stuttgart", "Baden-Württemberg", 48.775, 9.182, "70###"},
    {"Düsseldorf", "Nordrhein-Westfalen", 51.227, 6.773, "40###"},
    {"Leipzig", "Sachsen", 51.340, 12.374, "04###"},
    {"Dortmund", "Nordrhein-Westfalen", 51.514, 7.468, "44###"}, {"Bremen", "Bremen", 53.079, 8.801, "28###"},
    {"Dresden", "Sachsen", 51.050, 13.737, "01###"}, {"Hannover", "Niedersachsen", 52.375, 9.732, "30###"},
    {"Nürnberg", "Bayern", 49.452, 11.077, "90###"},
    {"Freiburg im Breisgau", "Baden-Württemberg", 47.999, 7.842, "79###"},
    {"Münster", "Nordrhein-Westfalen", 51.961, 7.626, "48###"},
    {"Kiel", "Schleswig-Holstein", 54.323, 10.123, "24###"}, {"Augsburg", "Bayern", 48.371, 10.898, "86###"},
    {"Mannheim", "Baden-Württemberg", 49.487, 8.466, "68###"}};
constexpr const char *kDeForms[]
    = {"GmbH", "GmbH", "GmbH", "AG", "GmbH & Co. KG", "e.K.", "UG (haftungsbeschränkt)"};
constexpr Bank kDeBanks[] = {{"Deutsche Bank", "DEUTDEFF"}, {"Commerzbank", "COBADEFF"},
    {"Berliner Sparkasse", "BELADEBE"}, {"Hamburger Sparkasse", "HASPDEHH"}, {"DZ Bank", "GENODEFF"},
    {"HypoVereinsbank", "HYVEDEMM"}, {"Postbank", "PBNKDEFF"}};

constexpr City kFrCities[] = {{"Paris", "Île-de-France", 48.857, 2.352, "750##"},
    {"Lyon", "Auvergne-Rhône-Alpes", 45.764, 4.836, "6900%"},
    {"Marseille", "Provence-Alpes-Côte d'Azur", 43.297, 5.370, "130##"},
    {"Toulouse", "Occitanie", 43.605, 1.444, "3100%"},
    {"Nice", "Provence-Alpes-Côte d'Azur", 43.710, 7.262, "0600%"},
    {"Nantes", "Pays de la Loire", 47.218, -1.554, "4400%"},
    {"Strasbourg", "Grand Est", 48.573, 7.752, "6700%"},
    {"Bordeaux", "Nouvelle-Aquitaine", 44.838, -0.579, "3300%"},
    {"Lille", "Hauts-de-France", 50.629, 3.057, "5900%"}, {"Rennes", "Bretagne", 48.117, -1.678, "3500%"},
    {"Montpellier", "Occitanie", 43.611, 3.877, "3400%"},
    {"Grenoble", "Auvergne-Rhône-Alpes", 45.188, 5.724, "3800%"},
    {"Dijon", "Bourgogne-Franche-Comté", 47.322, 5.041, "2100%"},
    {"Reims", "Grand Est", 49.258, 4.032, "5100%"}};
constexpr const char *kFrForms[] = {"SAS", "SARL", "SAS", "SA", "EURL", "SARL"};
constexpr Bank kFrBanks[] = {{"BNP Paribas", "BNPAFRPP"}, {"Société Générale", "SOGEFRPP"},
    {"Crédit Agricole", "AGRIFRPP"}, {"LCL", "CRLYFRPP"}, {"La Banque Postale", "PSSTFRPP"}};

constexpr City kGbCities[] = {{"London", "England", 51.507, -0.128, "EC%@ %@@"},
    {"Manchester", "England", 53.481, -2.243, "M% %@@"}, {"Birmingham", "England", 52.486, -1.890, "B% %@@"},
    {"Leeds", "England", 53.801, -1.549, "LS% %@@"}, {"Glasgow", "Scotland", 55.864, -4.252, "G% %@@"},
    {"Edinburgh", "Scotland", 55.953, -3.188, "EH% %@@"}, {"Liverpool", "England", 53.408, -2.991, "L% %@@"},
    {"Bristol", "England", 51.455, -2.588, "BS% %@@"}, {"Cardiff", "Wales", 51.482, -3.179, "CF% %@@"},
    {"Belfast", "Northern Ireland", 54.597, -5.930, "BT% %@@"},
    {"Newcastle upon Tyne", "England", 54.978, -1.618, "NE% %@@"},
    {"Sheffield", "England", 53.381, -1.470, "S% %@@"}, {"Nottingham", "England", 52.954, -1.158, "NG% %@@"},
    {"Cambridge", "England", 52.205, 0.122, "CB% %@@"}, {"Oxford", "England", 51.752, -1.258, "OX% %@@"},
    {"Aberdeen", "Scotland", 57.150, -2.094, "AB1% %@@"}};
constexpr const char *kGbForms[] = {"Ltd", "Ltd", "Ltd", "PLC", "LLP"};
constexpr Bank kGbBanks[] = {{"Barclays", "BARCGB22"}, {"HSBC UK", "HBUKGB4B"}, {"Lloyds Bank", "LOYDGB2L"},
    {"NatWest", "NWBKGB2L"}, {"Santander UK", "ABBYGB2L"}};

constexpr City kUsCities[] = {{"New York", "New York", 40.713, -74.006, "100##"},
    {"Los Angeles", "California", 34.052, -118.244, "900##"},
    {"Chicago", "Illinois", 41.878, -87.630, "606##"}, {"Houston", "Texas", 29.760, -95.370, "770##"},
    {"Phoenix", "Arizona", 33.448, -112.074, "850##"},
    {"Philadelphia", "Pennsylvania", 39.953, -75.165, "191##"},
    {"San Antonio", "Texas", 29.424, -98.494, "782##"},
    {"San Diego", "California", 32.716, -117.161, "921##"}, {"Dallas", "Texas", 32.777, -96.797, "752##"},
    {"San Jose", "California", 37.339, -121.895, "951##"}, {"Austin", "Texas", 30.267, -97.743, "787##"},
    {"Seattle", "Washington", 47.606, -122.332, "981##"}, {"Denver", "Colorado", 39.739, -104.990, "802##"},
    {"Boston", "Massachusetts", 42.360, -71.059, "021##"}, {"Atlanta", "Georgia", 33.749, -84.388, "303##"},
    {"Miami", "Florida", 25.762, -80.192, "331##"}, {"Minneapolis", "Minnesota", 44.978, -93.265, "554##"},
    {"Portland", "Oregon", 45.515, -122.679, "972##"},
    {"Charlotte", "North Carolina", 35.227, -80.843, "282##"},
    {"Detroit", "Michigan", 42.331, -83.046, "482##"}};
constexpr const char *kUsForms[] = {"Inc.", "LLC", "Inc.", "Corp.", "LLC"};
constexpr Bank kUsBanks[] = {{"JPMorgan Chase Bank", "CHASUS33"}, {"Bank of America", "BOFAUS3N"},
    {"Wells Fargo Bank", "WFBIUS6S"}, {"Citibank", "CITIUS33"}};

constexpr City kEsCities[] = {{"Madrid", "Comunidad de Madrid", 40.417, -3.704, "280##"},
    {"Barcelona", "Cataluña", 41.385, 2.173, "080##"},
    {"Valencia", "Comunitat Valenciana", 39.470, -0.376, "460##"},
    {"Sevilla", "Andalucía", 37.389, -5.984, "410##"}, {"Zaragoza", "Aragón", 41.649, -0.889, "500##"},
    {"Málaga", "Andalucía", 36.721, -4.421, "290##"}, {"Bilbao", "País Vasco", 43.263, -2.935, "480##"},
    {"Murcia", "Región de Murcia", 37.992, -1.131, "300##"},
    {"Palma", "Illes Balears", 39.570, 2.650, "070##"},
    {"Valladolid", "Castilla y León", 41.652, -4.724, "470##"}, {"Vigo", "Galicia", 42.240, -8.721, "362##"},
    {"Alicante", "Comunitat Valenciana", 38.345, -0.481, "030##"},
    {"Granada", "Andalucía", 37.177, -3.599, "180##"}, {"A Coruña", "Galicia", 43.362, -8.411, "150##"}};
constexpr const char *kEsForms[] = {"S.L.", "S.L.", "S.A.", "S.L.U.", "S.L."};
constexpr Bank kEsBanks[] = {{"Banco Santander", "BSCHESMM"}, {"BBVA", "BBVAESMM"}, {"CaixaBank", "CAIXESBB"},
    {"Banco Sabadell", "BSABESBB"}};

constexpr City kItCities[] = {{"Roma", "Lazio", 41.903, 12.496, "001##"},
    {"Milano", "Lombardia", 45.464, 9.190, "201##"}, {"Napoli", "Campania", 40.852, 14.268, "801##"},
    {"Torino", "Piemonte", 45.070, 7.687, "101##"}, {"Palermo", "Sicilia", 38.116, 13.361, "901##"},
    {"Genova", "Liguria", 44.405, 8.946, "161##"}, {"Bologna", "Emilia-Romagna", 44.494, 11.343, "401##"},
    {"Firenze", "Toscana", 43.770, 11.256, "501##"}, {"Bari", "Puglia", 41.117, 16.872, "701##"},
    {"Verona", "Veneto", 45.438, 10.992, "371##"}, {"Venezia", "Veneto", 45.441, 12.316, "301##"},
    {"Padova", "Veneto", 45.406, 11.877, "351##"},
    {"Trieste", "Friuli-Venezia Giulia", 45.650, 13.777, "341##"},
    {"Brescia", "Lombardia", 45.541, 10.212, "251##"}};
constexpr const char *kItForms[] = {"S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.r.l.s."};
constexpr Bank kItBanks[] = {{"Intesa Sanpaolo", "BCITITMM"}, {"UniCredit", "UNCRITMM"},
    {"Banco BPM", "BAPPIT21"}, {"Monte dei Paschi di Siena", "PASCITMM"}};

constexpr City kNlCities[] = {{"Amsterdam", "Noord-Holland", 52.368, 4.904, "10%# @@"},
    {"Rotterdam", "Zuid-Holland", 51.924, 4.478, "30%# @@"},
    {"Den Haag", "Zuid-Holland", 52.070, 4.300, "25%# @@"}, {"Utrecht", "Utrecht", 52.091, 5.122, "35%# @@"},
    {"Eindhoven", "Noord-Brabant", 51.441, 5.470, "56%# @@"},
    {"Groningen", "Groningen", 53.219, 6.567, "97%# @@"},
    {"Tilburg", "Noord-Brabant", 51.556, 5.091, "50%# @@"}, {"Almere", "Flevoland", 52.350, 5.265, "13%# @@"},
    {"Breda", "Noord-Brabant", 51.589, 4.776, "48%# @@"},
    {"Nijmegen", "Gelderland", 51.842, 5.853, "65%# @@"}, {"Arnhem", "Gelderland", 51.985, 5.899, "68%# @@"},
    {"Zwolle", "Overijssel", 52.517, 6.083, "80%# @@"}, {"Maastricht", "Limburg", 50.851, 5.691, "62%# @@"}};
constexpr const char *kNlForms[] = {"B.V.", "B.V.", "B.V.", "N.V.", "V.O.F."};
constexpr Bank kNlBanks[] = {{"ING Bank", "INGBNL2A"}, {"ABN AMRO", "ABNANL2A"}, {"Rabobank", "RABONL2U"}};

constexpr City kBeCities[] = {{"Bruxelles", "Région de Bruxelles-Capitale", 50.850, 4.352, "10%0"},
    {"Antwerpen", "Antwerpen", 51.219, 4.402, "20%0"}, {"Gent", "Oost-Vlaanderen", 51.054, 3.717, "90%0"},
    {"Charleroi", "Hainaut", 50.411, 4.444, "60%0"}, {"Liège", "Liège", 50.633, 5.567, "40%0"},
    {"Brugge", "West-Vlaanderen", 51.209, 3.225, "8000"}, {"Namur", "Namur", 50.467, 4.867, "50%0"},
    {"Leuven", "Vlaams-Brabant", 50.880, 4.700, "3000"}, {"Mechelen", "Antwerpen", 51.026, 4.478, "2800"},
    {"Hasselt", "Limburg", 50.930, 5.338, "3500"}, {"Mons", "Hainaut", 50.454, 3.952, "7000"}};
constexpr const char *kBeForms[] = {"BV", "NV", "SRL", "SA", "BV"};
constexpr Bank kBeBanks[] = {{"BNP Paribas Fortis", "GEBABEBB"}, {"KBC Bank", "KREDBEBB"},
    {"Belfius", "GKCCBEBB"}, {"ING Belgium", "BBRUBEBB"}};

constexpr City kAtCities[] = {{"Wien", "Wien", 48.208, 16.373, "1%%0"},
    {"Graz", "Steiermark", 47.071, 15.439, "80%0"}, {"Linz", "Oberösterreich", 48.306, 14.286, "40%0"},
    {"Salzburg", "Salzburg", 47.809, 13.055, "50%0"}, {"Innsbruck", "Tirol", 47.269, 11.404, "60%0"},
    {"Klagenfurt am Wörthersee", "Kärnten", 46.624, 14.308, "90%0"},
    {"Villach", "Kärnten", 46.610, 13.855, "95%0"}, {"Wels", "Oberösterreich", 48.157, 14.025, "46%0"},
    {"St. Pölten", "Niederösterreich", 48.204, 15.626, "31%0"},
    {"Dornbirn", "Vorarlberg", 47.414, 9.742, "68%0"}};
constexpr const char *kAtForms[] = {"GmbH", "GmbH", "AG", "KG", "e.U."};
constexpr Bank kAtBanks[] = {{"Erste Bank", "GIBAATWW"}, {"Raiffeisen Bank International", "RZBAATWW"},
    {"UniCredit Bank Austria", "BKAUATWW"}};

constexpr City kChCities[]
    = {{"Zürich", "Zürich", 47.377, 8.542, "80%#"}, {"Genève", "Genève", 46.204, 6.143, "12%#"},
        {"Basel", "Basel-Stadt", 47.560, 7.589, "40%#"}, {"Lausanne", "Vaud", 46.520, 6.633, "10%#"},
        {"Bern", "Bern", 46.948, 7.447, "30%#"}, {"Winterthur", "Zürich", 47.500, 8.724, "84%#"},
        {"Luzern", "Luzern", 47.050, 8.309, "60%#"}, {"St. Gallen", "St. Gallen", 47.424, 9.377, "90%#"},
        {"Lugano", "Ticino", 46.004, 8.951, "69%#"}, {"Biel/Bienne", "Bern", 47.137, 7.247, "25%#"}};
constexpr const char *kChForms[] = {"AG", "GmbH", "AG", "SA", "Sàrl"};
constexpr Bank kChBanks[] = {{"UBS Switzerland", "UBSWCHZH80A"}, {"Zürcher Kantonalbank", "ZKBKCHZZ80A"},
    {"PostFinance", "POFICHBEXXX"}, {"Raiffeisen Schweiz", "RAIFCH22XXX"}};

constexpr City kSeCities[] = {{"Stockholm", "Stockholms län", 59.329, 18.069, "11# ##"},
    {"Göteborg", "Västra Götalands län", 57.709, 11.975, "41# ##"},
    {"Malmö", "Skåne län", 55.605, 13.004, "21# ##"}, {"Uppsala", "Uppsala län", 59.859, 17.639, "75# ##"},
    {"Västerås", "Västmanlands län", 59.611, 16.545, "72# ##"},
    {"Örebro", "Örebro län", 59.275, 15.213, "70# ##"},
    {"Linköping", "Östergötlands län", 58.411, 15.622, "58# ##"},
    {"Helsingborg", "Skåne län", 56.046, 12.694, "25# ##"},
    {"Jönköping", "Jönköpings län", 57.783, 14.161, "55# ##"},
    {"Umeå", "Västerbottens län", 63.826, 20.263, "90# ##"}};
constexpr const char *kSeForms[] = {"AB", "AB", "AB", "HB", "KB"};
constexpr Bank kSeBanks[]
    = {{"SEB", "ESSESESS"}, {"Swedbank", "SWEDSESS"}, {"Handelsbanken", "HANDSESS"}, {"Nordea", "NDEASESS"}};

constexpr City kPlCities[] = {{"Warszawa", "mazowieckie", 52.230, 21.012, "0#-###"},
    {"Kraków", "małopolskie", 50.065, 19.945, "3#-###"}, {"Łódź", "łódzkie", 51.759, 19.456, "9#-###"},
    {"Wrocław", "dolnośląskie", 51.108, 17.039, "5#-###"},
    {"Poznań", "wielkopolskie", 52.406, 16.925, "6#-###"}, {"Gdańsk", "pomorskie", 54.352, 18.646, "80-###"},
    {"Szczecin", "zachodniopomorskie", 53.429, 14.553, "7#-###"},
    {"Bydgoszcz", "kujawsko-pomorskie", 53.123, 18.008, "85-###"},
    {"Lublin", "lubelskie", 51.246, 22.568, "20-###"}, {"Katowice", "śląskie", 50.264, 19.024, "40-###"}};
constexpr const char *kPlForms[] = {"Sp. z o.o.", "Sp. z o.o.", "S.A.", "Sp.k.", "Sp. z o.o."};
constexpr Bank kPlBanks[] = {{"PKO Bank Polski", "BPKOPLPW"}, {"Bank Pekao", "PKOPPLPW"},
    {"mBank", "BREXPLPW"}, {"Santander Bank Polska", "WBKPPLPP"}};

constexpr City kPtCities[]
    = {{"Lisboa", "Lisboa", 38.722, -9.139, "1%##-###"}, {"Porto", "Porto", 41.158, -8.629, "4%##-###"},
        {"Braga", "Braga", 41.545, -8.426, "47##-###"}, {"Coimbra", "Coimbra", 40.203, -8.410, "30##-###"},
        {"Funchal", "Madeira", 32.651, -16.908, "90##-###"}, {"Faro", "Faro", 37.019, -7.930, "80##-###"},
        {"Aveiro", "Aveiro", 40.641, -8.654, "38##-###"}, {"Setúbal", "Setúbal", 38.524, -8.888, "29##-###"},
        {"Amadora", "Lisboa", 38.754, -9.230, "27##-###"}, {"Leiria", "Leiria", 39.744, -8.807, "24##-###"}};
constexpr const char *kPtForms[] = {"Lda.", "Lda.", "S.A.", "Unipessoal Lda."};
constexpr Bank kPtBanks[]
    = {{"Caixa Geral de Depósitos", "CGDIPTPL"}, {"Millennium bcp", "BCOMPTPL"}, {"Novo Banco", "BESCPTPL"}};

constexpr City kIeCities[] = {{"Dublin", "County Dublin", 53.350, -6.260, "D0% @%#@"},
    {"Cork", "County Cork", 51.899, -8.476, "T12 @%#@"},
    {"Limerick", "County Limerick", 52.668, -8.630, "V94 @%#@"},
    {"Galway", "County Galway", 53.271, -9.057, "H91 @%#@"},
    {"Waterford", "County Waterford", 52.259, -7.110, "X91 @%#@"},
    {"Drogheda", "County Louth", 53.718, -6.356, "A92 @%#@"},
    {"Kilkenny", "County Kilkenny", 52.654, -7.244, "R95 @%#@"},
    {"Sligo", "County Sligo", 54.277, -8.475, "F91 @%#@"},
    {"Athlone", "County Westmeath", 53.423, -7.940, "N37 @%#@"}};
constexpr const char *kIeForms[] = {"Ltd", "Ltd", "DAC", "PLC"};
constexpr Bank kIeBanks[]
    = {{"AIB", "AIBKIE2D"}, {"Bank of Ireland", "BOFIIE2D"}, {"Permanent TSB", "IPBSIE2D"}};

constexpr City kDkCities[] = {{"København", "Region Hovedstaden", 55.676, 12.568, "1%%#"},
    {"Aarhus", "Region Midtjylland", 56.163, 10.204, "80%0"},
    {"Odense", "Region Syddanmark", 55.404, 10.402, "50%0"},
    {"Aalborg", "Region Nordjylland", 57.048, 9.922, "90%0"},
    {"Esbjerg", "Region Syddanmark", 55.476, 8.459, "67%0"},
    {"Randers", "Region Midtjylland", 56.461, 10.036, "89%0"},
    {"Kolding", "Region Syddanmark", 55.490, 9.472, "60%0"},
    {"Vejle", "Region Syddanmark", 55.709, 9.536, "71%0"},
    {"Roskilde", "Region Sjælland", 55.642, 12.088, "40%0"}};
constexpr const char *kDkForms[] = {"ApS", "ApS", "A/S", "I/S"};
constexpr Bank kDkBanks[]
    = {{"Danske Bank", "DABADKKK"}, {"Nordea Danmark", "NDEADKKK"}, {"Jyske Bank", "JYBADKKK"}};

constexpr City kNoCities[] = {{"Oslo", "Oslo", 59.914, 10.752, "0%%#"},
    {"Bergen", "Vestland", 60.391, 5.322, "50%#"}, {"Trondheim", "Trøndelag", 63.430, 10.395, "70%#"},
    {"Stavanger", "Rogaland", 58.970, 5.733, "40%#"}, {"Drammen", "Buskerud", 59.744, 10.204, "30%#"},
    {"Fredrikstad", "Østfold", 59.218, 10.930, "16%#"}, {"Kristiansand", "Agder", 58.146, 7.996, "46%#"},
    {"Tromsø", "Troms", 69.649, 18.956, "90%#"}, {"Sandnes", "Rogaland", 58.852, 5.735, "43%#"}};
constexpr const char *kNoForms[] = {"AS", "AS", "ASA", "ANS"};
constexpr Bank kNoBanks[] = {{"DNB", "DNBANOKK"}, {"Nordea Norge", "NDEANOKK"}, {"SpareBank 1", "SPRONO22"}};

constexpr City kFiCities[] = {{"Helsinki", "Uusimaa", 60.170, 24.938, "00%#0"},
    {"Espoo", "Uusimaa", 60.205, 24.652, "02%#0"}, {"Tampere", "Pirkanmaa", 61.498, 23.761, "33%#0"},
    {"Vantaa", "Uusimaa", 60.294, 25.041, "01%#0"}, {"Oulu", "Pohjois-Pohjanmaa", 65.012, 25.465, "90%#0"},
    {"Turku", "Varsinais-Suomi", 60.452, 22.267, "20%#0"},
    {"Jyväskylä", "Keski-Suomi", 62.242, 25.747, "40%#0"}, {"Lahti", "Päijät-Häme", 60.983, 25.656, "15%#0"},
    {"Kuopio", "Pohjois-Savo", 62.893, 27.679, "70%#0"}};
constexpr const char *kFiForms[] = {"Oy", "Oy", "Oyj", "Ky"};
constexpr Bank kFiBanks[] = {
    {"Nordea Finland", "NDEAFIHH"}, {"OP Financial Group", "OKOYFIHH"}, {"Danske Bank Finland", "DABAFIHH"}};

constexpr City kCzCities[] = {{"Praha", "Hlavní město Praha", 50.076, 14.438, "1%# 00"},
    {"Brno", "Jihomoravský kraj", 49.195, 16.607, "6%# 00"},
    {"Ostrava", "Moravskoslezský kraj", 49.820, 18.262, "7%# 00"},
    {"Plzeň", "Plzeňský kraj", 49.738, 13.374, "3%# 00"},
    {"Liberec", "Liberecký kraj", 50.767, 15.056, "46% 0%"},
    {"Olomouc", "Olomoucký kraj", 49.594, 17.251, "77% 00"},
    {"České Budějovice", "Jihočeský kraj", 48.975, 14.474, "370 0%"},
    {"Hradec Králové", "Královéhradecký kraj", 50.209, 15.833, "500 0%"},
    {"Pardubice", "Pardubický kraj", 50.034, 15.781, "530 0%"}};
constexpr const char *kCzForms[] = {"s.r.o.", "s.r.o.", "a.s.", "v.o.s."};
constexpr Bank kCzBanks[]
    = {{"Česká spořitelna", "GIBACZPX"}, {"ČSOB", "CEKOCZPP"}, {"Komerční banka", "KOMBCZPP"}};

constexpr City kCaCities[] = {{"Toronto", "Ontario", 43.653, -79.383, "M%@ %@%"},
    {"Montréal", "Québec", 45.502, -73.567, "H%@ %@%"},
    {"Vancouver", "British Columbia", 49.283, -123.121, "V%@ %@%"},
    {"Calgary", "Alberta", 51.045, -114.072, "T%@ %@%"}, {"Edmonton", "Alberta", 53.546, -113.494, "T%@ %@%"},
    {"Ottawa", "Ontario", 45.421, -75.697, "K%@ %@%"}, {"Winnipeg", "Manitoba", 49.895, -97.138, "R%@ %@%"},
    {"Québec", "Québec", 46.813, -71.208, "G%@ %@%"}, {"Hamilton", "Ontario", 43.256, -79.869, "L%@ %@%"},
    {"Halifax", "Nova Scotia", 44.649, -63.575, "B%@ %@%"}};
constexpr const char *kCaForms[] = {"Inc.", "Ltd.", "Inc.", "Corp."};
constexpr Bank kCaBanks[] = {{"RBC Royal Bank", "ROYCCAT2"}, {"TD Canada Trust", "TDOMCATT"},
    {"Scotiabank", "NOSCCATT"}, {"BMO Bank of Montreal", "BOFMCAM2"}};

constexpr City kAuCities[] = {{"Sydney", "New South Wales", -33.869, 151.209, "20%0"},
    {"Melbourne", "Victoria", -37.814, 144.963, "30%0"}, {"Brisbane", "Queensland", -27.470, 153.026, "40%0"},
    {"Perth", "Western Australia", -31.951, 115.861, "60%0"},
    {"Adelaide", "South Australia", -34.929, 138.601, "50%0"},
    {"Gold Coast", "Queensland", -28.017, 153.400, "42%7"},
    {"Canberra", "Australian Capital Territory", -35.281, 149.130, "26%0"},
    {"Newcastle", "New South Wales", -32.928, 151.776, "2300"},
    {"Hobart", "Tasmania", -42.882, 147.327, "7000"},
    {"Darwin", "Northern Territory", -12.463, 130.842, "0800"}};
constexpr const char *kAuForms[] = {"Pty Ltd", "Pty Ltd", "Pty Ltd", "Ltd"};
constexpr Bank kAuBanks[] = {{"Commonwealth Bank", "CTBAAU2S"}, {"Westpac", "WPACAU2S"}, {"ANZ", "ANZBAU3M"},
    {"National Australia Bank", "NATAAU33"}};

inline const Country kCountries[] = {
    {"DE", 18, &kGerman, nullptr, 0, kDeCities, kDeForms, kDeBanks, "de", "+49 %# #######", "DE%########",
        "DACH North", "DACH South", 50.5, false},
    {"FR", 12, &kFrench, nullptr, 0, kFrCities, kFrForms, kFrBanks, "fr", "+33 % ## ## ## ##",
        "FR##%########", "France North", "France South", 46.5, false},
    {"GB", 11, &kEnglish, nullptr, 0, kGbCities, kGbForms, kGbBanks, "co.uk", "+44 %# #### ####",
        "GB%########", "UK & Ireland", nullptr, 0, false},
    {"US", 14, &kEnglish, nullptr, 0, kUsCities, kUsForms, kUsBanks, "com", "+1 %## %## ####", "%#-#######",
        "North America East", "North America West", -100.0, true},
    {"ES", 7, &kSpanish, nullptr, 0, kEsCities, kEsForms, kEsBanks, "es", "+34 %## ### ###", "ESB%#######",
        "Iberia", nullptr, 0, false},
    {"IT", 8, &kItalian, nullptr, 0, kItCities, kItForms, kItBanks, "it", "+39 0% #######", "IT%##########",
        "Italy", nullptr, 0, false},
    {"NL", 5, &kDutch, nullptr, 0, kNlCities, kNlForms, kNlBanks, "nl", "+31 %# ### ####", "NL%########B01",
        "Benelux", nullptr, 0, false},
    {"BE", 3, &kDutch, &kFrench, 40, kBeCities, kBeForms, kBeBanks, "be", "+32 % ### ## ##", "BE0%########",
        "Benelux", nullptr, 0, false},
    {"AT", 3, &kGerman, nullptr, 0, kAtCities, kAtForms, kAtBanks, "at", "+43 % #######", "ATU%#######",
        "DACH North", "DACH South", 50.5, false},
    {"CH", 3, &kGerman, &kFrench, 25, kChCities, kChForms, kChBanks, "ch", "+41 %# ### ## ##",
        "CHE-%##.###.### MWST", "DACH North", "DACH South", 50.5, false},
    {"SE", 2, &kSwedish, nullptr, 0, kSeCities, kSeForms, kSeBanks, "se", "+46 %# ### ## ##",
        "SE%#########01", "Nordics", nullptr, 0, false},
    {"PL", 3, &kPolish, nullptr, 0, kPlCities, kPlForms, kPlBanks, "pl", "+48 %# ### ## ##", "PL%#########",
        "Central Europe", nullptr, 0, false},
    {"PT", 2, &kPortuguese, nullptr, 0, kPtCities, kPtForms, kPtBanks, "pt", "+351 2%# ### ###",
        "PT%########", "Iberia", nullptr, 0, false},
    {"IE", 1, &kEnglish, nullptr, 0, kIeCities, kIeForms, kIeBanks, "ie", "+353 % ### ####", "IE%######@",
        "UK & Ireland", nullptr, 0, false},
    {"DK", 1, &kDanish, nullptr, 0, kDkCities, kDkForms, kDkBanks, "dk", "+45 %# ## ## ##", "DK%#######",
        "Nordics", nullptr, 0, false},
    {"NO", 1, &kNorwegian, nullptr, 0, kNoCities, kNoForms, kNoBanks, "no", "+47 %# ## ## ##",
        "NO%########MVA", "Nordics", nullptr, 0, false},
    {"FI", 1, &kFinnish, nullptr, 0, kFiCities, kFiForms, kFiBanks, "fi", "+358 % ### ####", "FI%#######",
        "Nordics", nullptr, 0, false},
    {"CZ", 1, &kCzech, nullptr, 0, kCzCities, kCzForms, kCzBanks, "cz", "+420 %## ### ###", "CZ%#######",
        "Central Europe", nullptr, 0, false},
    {"CA", 2, &kEnglish, &kFrench, 20, kCaCities, kCaForms, kCaBanks, "ca", "+1 %## %## ####",
        "%######## RT0001", "North America East", "North America West", -100.0, true},
    {"AU", 2, &kEnglish, nullptr, 0, kAuCities, kAuForms, kAuBanks, "com.au", "+61 % #### ####",
        "%# ### ### ###", "Australia & New Zealand", nullptr, 0, false},
};

} // namespace cd::demodata
