namespace FramingAnalysis.Benchmarks.Data;

/// <summary>
/// Sentences about the three targets of <c>corpus/targets.json</c> (the El Faro prison model, Aurelio Vance, Marta
/// Ibarra), written for this generator. Each names a target by one of its aliases and carries the kind of evaluative,
/// attributed or hedged language news and comments use, so that stance aliases and cues fire at news-like rates.
/// </summary>
public static partial class ArticleGenerator
{
    private static readonly string[] EnglishTargetSentences =
    [
        "President Aurelio Vance defended the crackdown as the only policy that had ever worked.",
        "Critics called the El Faro mega-prison a draconian and costly experiment in mass incarceration.",
        "Vance said the state of emergency would be renewed for another 30 days.",
        "President Ibarra praised the model after touring the complex with security officials.",
        "Ms. Ibarra said her government was studying the Costa Serena model but had made no decision.",
        "Human rights lawyers said the emergency laws were unconstitutional and abusive.",
        "Supporters of Mr. Vance say the prison has made their neighborhoods safe again.",
        "The mega-prison has become a symbol of hope for some and of repression for others.",
        "Opposition leaders accused Ibarra of importing an authoritarian and reckless approach.",
        "Polls show strong support for the crackdown, though analysts warn it may prove counterproductive.",
        "\"The model works, and the numbers prove it,\" Vance told reporters on {year}.",
        "Economists said the National Security Recovery Act was expensive and its results were questionable.",
        "Ibarra, who took office promising to fight extortion, has endorsed a tougher prison bill.",
        "Families of detainees said the state of emergency had destroyed innocent lives.",
        "Analysts described President Vance as popular, effective and increasingly autocratic.",
        "Ibarra welcomed the agreement, calling it a great step for regional security.",
        "The prison, built in seven months, holds about {n} inmates in harsh conditions.",
        "Rights groups condemned the mass-incarceration model as cruel and arbitrary.",
    ];

    private static readonly string[] SpanishTargetSentences =
    [
        "El presidente Aurelio Vance defendió la mano dura como la única política que ha funcionado.",
        "Los críticos calificaron la megacárcel de experimento draconiano y costoso.",
        "Vance dijo que el régimen de excepción se prorrogará otros 30 días.",
        "La presidenta Ibarra elogió el modelo tras recorrer el penal con funcionarios de seguridad.",
        "La mandataria aseguró que su gobierno estudia el modelo costaserenense, pero que no ha decidido nada.",
        "Abogados de derechos humanos afirmaron que el régimen de excepción es inconstitucional y abusivo.",
        "Los simpatizantes de Vance dicen que la cárcel ha devuelto la tranquilidad a sus barrios.",
        "La megacárcel se ha convertido en un símbolo de esperanza para unos y de represión para otros.",
        "La oposición acusó a Ibarra de importar un modelo autoritario e irresponsable.",
        "Las encuestas muestran un fuerte apoyo a la mano dura, aunque los analistas advierten que puede ser contraproducente.",
        "\"El modelo funciona y los números lo demuestran\", dijo Vance a la prensa en {year}.",
        "Economistas señalaron que la Ley de Recuperación de la Seguridad Nacional es costosa y de resultados cuestionables.",
        "Ibarra, que llegó al poder prometiendo combatir la extorsión, respaldó una reforma penitenciaria más dura.",
        "Familiares de los detenidos denunciaron que el régimen de excepción ha destruido vidas inocentes.",
        "Analistas describen al presidente Vance como popular, eficaz y cada vez más autoritario.",
        "Ibarra celebró el acuerdo y lo calificó de gran paso para la seguridad regional.",
        "El penal, construido en siete meses, alberga a unos {n} reos en condiciones terribles.",
        "Organizaciones de derechos humanos condenaron la megacárcel por cruel y arbitraria.",
    ];

    private static readonly string[] EnglishTargetComments =
    [
        "Vance is the best president this region has ever had.",
        "Ibarra should resign, she is copying a dictator.",
        "The mega-prison is a disgrace. No trials, no lawyers, nothing.",
        "Finally someone with the guts to fight the gangs. Thank you Vance!",
        "State of emergency forever? That is not democracy.",
        "I support Ibarra 100%, our streets need this.",
        "The crackdown works, stop complaining.",
        "El Faro is a concentration camp with good PR.",
    ];

    private static readonly string[] SpanishTargetComments =
    [
        "Vance es el mejor presidente que ha tenido la región.",
        "Ibarra debería renunciar, está copiando a un dictador.",
        "La megacárcel es una vergüenza. Sin juicios, sin abogados, nada.",
        "Por fin alguien con valor para enfrentar a las pandillas. ¡Gracias Vance!",
        "¿Régimen de excepción para siempre? Eso no es democracia.",
        "Apoyo a la presidenta al 100 %, nuestras calles lo necesitan.",
        "La mano dura funciona, dejen de quejarse.",
        "El Faro es un campo de concentración con buena propaganda.",
    ];

    private static readonly (string Name, string Handle)[] PostAuthors =
    [
        ("Aurelio Vance", "AurelioVanceCS"), ("Marta Ibarra", "MartaIbarraV"), ("Centinela Legal", "CentinelaLegal"),
        ("Elena Quiroga", "equiroga"), ("Gazette Wire", "GazetteWire"),
    ];

    private static readonly string[] EnglishBoilerplate =
    [
        "Share this article", "Sign up for our newsletter", "Read more: How the state of emergency changed daily life",
        "Advertisement",
    ];

    private static readonly string[] SpanishBoilerplate =
    [
        "Comparte esta noticia", "Lee también: La vida bajo el régimen de excepción", "Suscríbete a nuestro boletín",
        "Publicidad",
    ];

    private static readonly (string Name, string Language)[] Sources =
    [
        ("The Gazette Wire", "en"), ("Valdoria Today", "en"), ("Diario del Puerto", "es"), ("El Centinela", "es"),
    ];
}
