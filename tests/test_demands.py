"""The demand lexicon: Dutch phrases become FML demand keys and values in the item's unit."""

from __future__ import annotations

import importlib.util
import timeit
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ingest import demands as demands_module
from ingest import fml, lexicon
from ingest.demands import extract_demands
from ingest.lexicon import RULES
from ingest.model import RawPosting
from ingest.normalise import to_vacancy
from matcher.cli import cli


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Je moet regelmatig tillen tot 25 kg.", "IV.13", 25),
        ("Als beveiliger loopt u 's nachts door het bedrijfspand.", "IV.17", 8),
        ("Je bent de hele dag op je benen in onze winkel.", "IV.17", 8),
        ("Je dweilt de gangen en de trappenhuizen.", "IV.20", 10),
        ("Je legt tuinen aan bij particulieren.", "IV.20", 10),
        ("Je wast ramen van winkelpanden en kantoren.", "V.7", 2),
        ("Staand werk achter de balie en beeldschermwerk wisselen af.", "V.4", 4),
        ("Kitchen porter, standing work, evening shifts.", "V.4", 8),
        ("Je verhelpt storingen aan cv-ketels bij particulieren.", "II.12.1", 1),
        ("Telefonisch contact met debiteuren die soms boos reageren.", "II.12.1", 1),
        ("Als schilder werk je aan kozijnen, deuren en plafonds.", "V.7", 2),
        ("Dozen van 20-23 kilo tillen hoort erbij.", "IV.13", 23),
        ("Je kunt goed heffen, tot 18 kg per colli.", "IV.13", 18),
        ("Het is zwaar fysiek werk waarbij je veel sjouwt.", "IV.13", 25),
        ("Als orderpicker in ons magazijn in Tilburg", "IV.17", 8),
        ("Als orderpicker in ons magazijn in Tilburg", "V.4", 8),
        ("Je werkt achter de kassa van onze supermarkt.", "V.3", 60),
        ("Afwisselend beeldschermwerk op ons kantoor.", "V.2", 8),
        ("Ondersteunende administratieve taken", "IV.4", 8),
        ("Je bezorgt pakketten in de wijk.", "IV.17", 8),
        ("Werken op steigers en ladders", "IV.19", 5),
        ("Wij werken volcontinu.", "VI.1.2", 1),
        ("Werken in een 3-ploegendienst", "VI.1.2", 1),
        ("Bereid tot avonddiensten en weekendwerk", "VI.1.1", 1),
        ("Je hebt veel klantcontact aan de balie.", "II.12.1", 1),
        ("Je gaat kalm om met agressie van lastige klanten.", "II.8", 2),
        ("Je verzorgt cliënten met dementie.", "II.12.2", 1),
        ("Je verzorgt cliënten met dementie.", "II.6", 4),
        ("Als teamleider stuur je acht medewerkers aan.", "II.12.5", 1),
        ("Wij zoeken een ploegleider voor de nachtploeg.", "II.12.5", 1),
        ("Als chauffeur bezorg je pakketten.", "II.11", 1),
        ("In bezit van rijbewijs B", "II.11", 1),
        ("Met de bedrijfsauto naar klanten", "II.11", 1),
        ("Je kunt omgaan met hoge werkdruk en deadlines.", "I.8.4", 1),
        ("We werken in een hoog tempo.", "I.8.5", 1),
        ("Je werkt deels in de vriescel (-25 °C).", "III.1.2", 1),
        ("Buitenwerk in weer en wind", "III.2", 1),
        ("Je werkt in 2 ploegen: vroege 05u00 - 13u00 / late 13u00 - 21u00.", "VI.1.2", 1),
        ("Je staat aan de snijlijn in een gekoelde zaal (2 tot 4°C).", "III.1.2", 1),
        ("Je bent fysiek sterk en de hele dienst in beweging.", "IV.17", 8),
        ("Opleverdata liggen vast en je houdt onder druk het overzicht.", "I.8.4", 1),
        ("Je bent het aanspreekpunt voor de opdrachtgever en de architect.", "II.12.1", 1),
        ("Soms moet je een dronken gast tot de orde roepen.", "II.8", 2),
        ("Als kok bereid je de gerechten van onze kaart.", "V.4", 8),
        ("Je werkt in de kas tussen de tomatenplanten.", "V.4", 8),  # "je" before a verb
        ("Je bent chauffeur op een vrachtwagen met oplegger.", "II.11", 1),
        ("Je bent teamleider van acht monteurs.", "II.12.5", 1),
        ("Aan de sorteerkast sorteer je brieven op postcode.", "V.3", 60),
        ("Gehoorbescherming is verplicht vanwege lawaai.", "III.6", 1),
        ("Een stofmasker draag je bij het schuren.", "III.5", 1),
        ("Veel knielen en hurken bij het leggen van vloeren", "IV.20", 10),
        ("Monteren boven schouderhoogte", "V.7", 2),
        ("Diensten van 10 uur", "VI.2", 10),
        ("Je werkt 8 uur per dag.", "VI.2", 8),
        ("Je communiceert met collega's, klanten en leveranciers.", "II.12.1", 1),
        ("Je bent het eerste aanspreekpunt voor onze klanten.", "II.12.1", 1),
        ("Je plaatst onderkasten geknield of gehurkt.", "V.5", 5),
        ("Je helpt bewoners bij het wassen en aankleden.", "V.6", 10),
        ("Je snijdt en trimt vlees aan de uitsnijlijn.", "IV.3", 1),
        ("Je hebt de handen veel in het water.", "III.3", 1),
        ("Het is warm en vochtig in de hal.", "III.1.1", 1),
        ("Rond de lunchspits is het extra druk.", "I.8.4", 1),
        ("Je werkt in diensten van 7 of 8 uur.", "VI.2", 8),
        ("Shifts are 10 hours, four days a week.", "VI.2", 10),
        ("Je laadt vrachtwagens aan het laadperron.", "III.2", 1),
        ("Je staat de hele dag op dezelfde plek aan de lijn.", "V.3", 60),
        ("Je werkt aan de warme kant en het fornuis.", "V.3", 60),
        ("Het bandtempo ligt vast.", "I.8.5", 1),
        ("Je vult de schappen tot het bovenste schap.", "V.7", 2),
        ("Bij het slijpen draag je oordoppen.", "III.6", 1),
        ("Als beveiliger bewaak je de toegang.", "II.8", 2),
        ("Metselaar gezocht voor nieuwbouwprojecten.", "IV.13", 25),
        ("Je werkt op de werf, in alle seizoenen.", "III.2", 1),
        ("Je lost vrachtwagens aan de achterkant van de hal.", "III.2", 1),
        ("Je werkt in een 24/7-rooster.", "VI.1.2", 1),
        ("Je rijdt met je leaseauto naar klanten door heel Nederland.", "II.11", 1),
        ("Je gaat elke dag met je servicebus op pad naar klanten.", "II.11", 1),
        ("Je rijdt daarvoor met je eigen auto door de regio.", "II.11", 1),
        ("De lijn heeft een vaste cyclustijd, dus je houdt het tempo bij.", "I.8.5", 1),
        ("Op zaterdag is het alle hens aan dek.", "I.8.4", 1),
        ("De kapper knipt en föhnt de hele dag.", "V.3", 60),
        ("You vacuum and clean around 15 guest rooms per shift.", "IV.17", 8),
        ("Er hangt meelstof in de lucht.", "III.5", 1),
        ("Je werkt met een diesel-heftruck die flink schudt.", "III.7", 1),
        ("Je werkt vanaf een rolsteiger.", "IV.19", 5),
        ("Je pipetteert en weegt in aan de labtafel.", "IV.3", 1),
        ("Je vult de schappen vanaf de onderste plank.", "IV.20", 10),
        ("We werken met een productienorm per uur.", "I.8.5", 1),
        ("Je werkt in late diensten.", "VI.1.1", 1),
        ("Op zaterdagochtend hebben we piekdrukte.", "I.8.4", 1),
        ("Op vrijdagavond is het vaak erg druk in de winkel.", "I.8.4", 1),
        ("De productieruimte is gekoeld tot 4 graden.", "III.1.2", 1),
        ("You answer customer emails and calls.", "II.12.1", 1),
        ("You move from room to room all day, often kneeling.", "IV.20", 10),
        ("Werktijden 07:00-15:30, met een half uur pauze.", "VI.2", 8),
        ("U werkt van 7u tot 11u30 in de voormiddag.", "VI.2", 4.5),
        ("Werkdagen van 8 tot 17 uur.", "VI.2", 8.5),
        ("Je reinigt treinen 's nachts tussen 23:00 en 06:00.", "VI.2", 6.5),
        ("Shifts run from 9:00 to 17:30.", "VI.2", 8),
        ("Als bezorger loop je de hele ochtend door de wijk.", "V.4", 8),
        ("Je wast ramen vanaf een ladder.", "V.4", 8),
        ("Buschauffeur in het stadsvervoer.", "V.2", 8),
        ("Je zit aan de kassa en rekent af.", "V.2", 8),
        ("Een contract voor 32 uur per week", "VI.3", 32),
        ("Werktijden 14:00-22:30, wisselend", "VI.1.1", 1),
        ("Diensten tot 23.00 uur", "VI.1.2", 1),
        ("Je staat regelmatig op een trap bij de schappen.", "IV.19", 3),
        ("Oogsten in de kas bij hoge temperaturen", "III.1.1", 1),
        ("Veiligheidsschoenen en handschoenen krijg je van ons.", "III.4", 1),
        ("Verdichten met de trilplaat", "III.7", 1),
        ("Je bedient de rupskraan op de werf.", "III.7", 1),
        ("Je breekt beton uit met de sloophamer.", "III.7", 1),
        ("Je stemt alles af met de gasten van de feestzaal.", "II.12.1", 1),
        ("Föhnen en stylen van dames- en herenhaar.", "IV.3", 1),
        ("Je legt sneden vleeswaren in schaaltjes.", "IV.3", 1),
        ("Aan je eigen tafel zet je gellak en biab.", "IV.3", 1),
        ("Bij de fornuizen kan het in de zomer flink warm worden.", "III.1.1", 1),
        ("Je verwerkt warm asfalt achter de afwerkmachine.", "III.1.1", 1),
        ("Je staat in de warme spoelkeuken aan de vaatwasstraat.", "III.1.1", 1),
        ("Je staat aan de balie of loop je heen en weer tussen balie en lab.", "V.4", 8),
        ("Je tilt kratten met 12 kilo fruit.", "IV.13", 12),
        # second evaluation round: general patterns the first lexicon missed
        ("Je rijdt met de bus naar klanten in de regio.", "II.11", 1),
        ("Buschauffeur openbaar vervoer", "II.11", 1),
        ("Je werkt in een 24-uursrooster.", "VI.1.1", 1),
        ("Je werkt in een 24-uursrooster.", "VI.1.2", 1),
        ("Eén avond per week tot 21 uur.", "VI.1.1", 1),
        ("Vroege (6u-14u) en late ploeg (14u-22u).", "VI.1.1", 1),
        ("Diensten tussen 06:00 en 00:30, ook in het weekend.", "VI.1.2", 1),
        ("Je start om 04:00 uur bij het depot.", "VI.1.2", 1),
        ("HR-adviseur (32-36 uur)", "VI.3", 36),
        ("Toffe werksfeer en een 38-urenweek.", "VI.3", 38),
        ("Bedieningsmedewerker voor ons strandpaviljoen", "IV.17", 8),
        ("Als software engineer bouw je mee aan onze app.", "IV.4", 8),
        ("Je lost vrachtwagens en controleert de goederen.", "IV.13", 15),
        ("Je staat aan de CNC-kantpers en plooit plaatwerk.", "V.3", 60),
        ("Je zit vaak op de grond of door je knieën om te spelen.", "IV.20", 10),
        ("Je vult mee de schappen door de hele winkel.", "IV.17", 8),
        ("Je legt tuinen aan bij particulieren.", "II.12.1", 1),
        ("Je werkt in een systeem van vroege, late en nachtdiensten.", "VI.1.2", 1),
        ("Je loopt langs de machines, in dagdienst van 7:00 tot 15:30.", "VI.2", 8),
        ("Je plooit, soldeert en perst koperen buizen.", "IV.3", 1),
        ("Als metselaar bouw je mee aan de ruwbouw.", "IV.13", 25),
        ("Je werkt de hele dag in onze systemen.", "V.2", 8),
        ("A 32 to 40 hour work week, it's up to you.", "VI.3", 40),
        ("Huishoudelijk medewerker thuiszorg, 12-20 uur", "IV.17", 8),
        ("Vaste werkweek van 40 uur (ma-vr) met inhaalrustdagen.", "VI.3", 40),
        ("Schaal 10 bij een dienstverband van 36 uur.", "VI.3", 36),
        ("Systeembeheerder m/v, 36 uur / 1,0 fte", "VI.3", 36),
        ("Een functie voor 24-32 uur in ons team.", "VI.3", 32),
        ("Je blijft kalm als reizigers boos worden.", "II.8", 2),
        ("Je helpt bij het transfereren van bewoners.", "IV.13", 15),
        ("Je staat urenlang bij de ingang.", "V.3", 60),
        ("Veel knielen bij het tegelzetten.", "V.5", 5),
        ("Veel bukken bij het oogsten.", "V.6", 10),
        ("Soldeerwerk waarbij fijne motoriek nodig is.", "IV.3", 1),
        ("Je werkt met schoonmaakmiddelen.", "III.3", 1),
        ("Je boekt facturen in Exact en Excel.", "IV.4", 8),
        ("Je bent het hele jaar buiten.", "III.2", 1),
        ("Rotating shifts including nights.", "VI.1.2", 1),
        ("Je helpt klanten aan de toog.", "V.3", 60),
        ("Je stuurt een team van acht verkopers aan.", "II.12.5", 1),
        ("Je geeft leiding aan de keukenhulpen.", "II.12.5", 1),
        ("Je poetst bij vaste klanten thuis.", "V.4", 8),
        ("Zorgassistent in een verpleeghuis", "IV.17", 8),
        ("Sprintdeadlines elke twee weken", "I.8.4", 1),
        ("Je vult de koelingen aan.", "V.4", 8),
        ("Diensten van 8u p/d, 38u p/w", "VI.2", 8),
        ("Diensten van 8u p/d, 38u p/w", "VI.3", 38),
        ("Je staat in voor de dagelijkse verzorging van de bewoners.", "IV.17", 8),
        ("Je fietst van cliënt naar cliënt en helpt bij douchen en aankleden.", "V.4", 8),
        ("Productieoperator kunststofverwerking (m/v/x), 3 ploegen", "V.4", 8),
        ("Als glazenwasser ga je van pand naar pand.", "IV.17", 8),
        ("We werken in sprints van twee weken met vaste releasedata.", "I.8.4", 1),
        ("De planning op de bouw is strak.", "I.8.4", 1),
        ("Aan het eind van de maand is het topdrukte.", "I.8.4", 1),
        ("You clean around 15 guest rooms per shift.", "I.8.5", 1),
        ("We sturen op de gemiddelde afhandeltijd per gesprek.", "I.8.5", 1),
        ("Avonddiensten tot 22:30.", "VI.1.2", 1),
        ("Vroege dienst vanaf 05:00.", "VI.1.2", 1),
        ("U vertrekt om 5u 's ochtends aan het depot.", "VI.1.2", 1),
        ("Flexible shifts, including evenings until 23:00.", "VI.1.2", 1),
        ("Je werkt ook op vrijdag tot 20u.", "VI.1.1", 1),
        ("Je draait mee in de wachtdienst buiten de kantooruren.", "VI.1.2", 1),
        ("We werken 24/7 in wisselende diensten.", "VI.1.2", 1),
        ("Je draait ook nachtritten naar het ziekenhuis.", "VI.1.2", 1),
        ("Een voltijds bediendecontract (38u), onbepaalde duur.", "VI.3", 38),
        ("Je vertrekt 's ochtends vroeg, meestal rond 04:30.", "VI.1.2", 1),
        ("Je werkt in een gekoelde productieruimte van ongeveer 4 graden.", "III.1.2", 1),
        ("Je bent fit en je kunt een flink tempo aan.", "I.8.5", 1),
        ("Je loopt met de pakketten naar de voordeur.", "IV.17", 8),
        ("Pakketbezorger met rijbewijs B, start direct.", "IV.17", 8),
        ("Word jij een van onze nieuwe orderpickers?", "IV.17", 8),
        ("Bij ventilatie-units werk je soms op het dak.", "IV.19", 5),
        ("We werken het hele jaar door buiten.", "III.2", 1),
        ("In de uitsnijderij is het ongeveer 4 graden.", "III.1.2", 1),
        ("Je portioneert vlees in ons gekoeld atelier.", "III.1.2", 1),
        ("Je laadt vrachtwagens aan de open laaddocks.", "III.2", 1),
        ("Je spreekt klanten die in financiële nood zitten, soms in tranen.", "II.6", 4),
        ("Bij een aangifte van overlijden zit er iemand die net iemand heeft verloren.", "II.6", 4),
        ("In de kinderopvang ben je veel op de been.", "V.4", 8),
        ("Het is warm bij de ovens en het gaat er snel aan toe.", "I.8.5", 1),
        ("Je levert zo'n 120 tot 150 pakketten per dag af.", "I.8.5", 1),
        ("Je pakt bestellingen in aan de packtafel.", "V.3", 60),
        ("In de open hal kan het er koud zijn.", "III.1.2", 1),
        ("Je bent de hele dienst op de afdeling in de weer.", "V.4", 8),
        ("Op de afdeling verpleeg je patiënten na hun operatie.", "IV.17", 8),
        ("Je staat aan de sorteerband en haalt hout uit de afvalstroom.", "IV.3", 1),
        ("Op drukke zomerdagen zit het terras vol.", "I.8.4", 1),
        ("Op drukke dagen loop je heel wat af.", "IV.17", 8),
        ("Je oogst trostomaten met een knipschaar.", "IV.3", 1),
        ("Je start met de mise-en-place: groenten snijden en vis fileren.", "IV.3", 1),
        ("Je werkt in kruipruimtes onder de vloer.", "IV.20", 10),
        ("U beantwoordt vragen van klanten over hun energiefactuur.", "II.12.1", 1),
        ("Je belt bestaande en nieuwe zakelijke klanten.", "II.12.1", 1),
        ("You handle tickets and calls from users across Europe.", "II.12.1", 1),
        ("Kapper gezocht voor 24-32 uur per week.", "II.12.1", 1),
        ("U ontvangt en bedient de gasten en ruimt de tafels af.", "IV.17", 8),
        ("Tijdens de nacht doet u de rondes en dient u medicatie toe.", "IV.17", 8),
        ("Als apothekersassistent sta je een groot deel van de dag aan de balie.", "V.4", 8),
        ("Je staat het grootste deel van je dienst achter de balie.", "V.4", 8),
        ("Je bewaakt de frituurlijn en haalt producten van de band.", "V.4", 8),
        ("Werkbladen en apparatuur draag je met z'n tweeën naar binnen.", "IV.13", 15),
        ("Je zet zalen klaar en verplaatst daarvoor tafels, stoelen en dozen.", "IV.13", 15),
        ("Je haalt dozen van de rolcontainers en vult de schappen.", "IV.13", 15),
        ("Je wisselt zelf de vaten in de kelder.", "IV.13", 15),
        ("Je lapt ramen bij bedrijfspanden en winkels.", "III.3", 1),
        ("Je handen komen in aanraking met olie en remvloeistof.", "III.3", 1),
        ("Je wast patiënten op bed en verschoont de lakens.", "V.6", 10),
        ("Je stort beton en verdicht het met de trilnaald.", "III.7", 1),
        ("De premies voor weekend- en nachtwerk zijn mooi meegenomen.", "VI.1.2", 1),
        ("Je wisselt al eens een vat of sleurt een bak leeggoed naar de kelder.", "IV.13", 15),
        ("Je vult de schappen: rolcontainers leeghalen en dozen uitpakken.", "IV.13", 15),
        ("Je bent fit: je loopt al snel 15 km per dag.", "IV.17", 4),
        ("Op zaterdag loop je zo'n 40 kilometer door de hallen.", "IV.17", 8),
        ("Maandag tot vrijdag van 04:30 tot ongeveer 11:30 uur.", "VI.2", 6.5),
        ("Maandag tot vrijdag van 04:30 tot ongeveer 11:30 uur.", "VI.1.2", 1),
        ("Je neemt bestellingen op en serveert aan tafel.", "II.12.1", 1),
        ("Klanten vragen je vaak waar iets ligt.", "II.12.1", 1),
        ("Winkelmedewerker supermarkt, 24 uur.", "II.12.1", 1),
        ("In de zomer kan het op een zwart dak flink heet worden.", "III.1.1", 1),
        ("Je bent de hele dag in de weer op het dak.", "III.2", 1),
        ("Het magazijn is geconditioneerd tussen 2 en 8 graden.", "III.1.2", 1),
        ("Je vervangt banden en zware onderdelen zoals remschijven.", "IV.13", 25),
        ("Je bent flexibel om in 2 ploegen te werken (vroege 6u-14u / late 14u-22u).", "VI.2", 7.5),
        ("Diensten duren gemiddeld 8 uur.", "VI.2", 8),
        ("Je maakt proefritten met de herstelde voertuigen.", "II.11", 1),
        ("Je zit veel op de grond om te spelen en voor te lezen.", "IV.20", 10),
        ("Je werkt vaak bij mensen thuis, dus je bent vriendelijk.", "II.12.1", 1),
        ("Daarnaast sta je achter de servicebalie.", "V.3", 60),
        ("Je staat aan onze staande receptiebalie in de lobby.", "V.3", 60),
        ("Als apothekersassistent sta je een groot deel van de dag aan de balie.", "V.3", 60),
        ("Je haalt je vaste cliënten 's ochtends thuis op en brengt ze terug.", "II.12.2", 1),
        ("Je hebt geen last van meelstof.", "III.5", 1),
        ("Je bent niet bang voor hoogtes en werkt op steigers.", "IV.19", 5),
        ("Je vindt het geen probleem om 's nachts te werken.", "VI.1.2", 1),
        ("Aan de lijn werk je staand en in het tempo van de machine.", "V.3", 60),
        ("Aan de lijn werk je staand en in het tempo van de machine.", "I.8.5", 1),
        ("Er geldt een prestatienorm die je na de inwerkperiode haalt.", "I.8.5", 1),
        ("We werken met een norm van zo'n 60 retouren per uur.", "I.8.5", 1),
        ("Je haalt 90 picks per uur met de scanner.", "I.8.5", 1),
        ("Je houdt de snelheid van de lijn bij.", "I.8.5", 1),
        ("Na middernacht wordt er aan een razend tempo getapt.", "I.8.5", 1),
        ("Je moet wel tempo kunnen maken.", "I.8.5", 1),
        ("Je bent het vaste aanspreekpunt voor een portefeuille van zo'n 200 B2B-klanten.",
         "II.12.1", 1),
        ("Je onderhoudt het contact met de planners en HR-managers van deze klanten.",
         "II.12.1", 1),
        ("Vertegenwoordiger technische groothandel (40 uur) – Eindhoven", "II.12.1", 1),
        ("Je controleert tickets en fouilleert supporters aan de toegangen.", "II.12.1", 1),
        ("In de salon: je knipt en kleurt de hele dag.", "V.3", 60),
        ("De vloer leggen doet de tegelzetter, jij metselt de muren.", "IV.13", 25),
        ("Op maandagochtend kan het flink druk zijn aan de balie.", "I.8.4", 1),
        ("Je blijft rustig, ook als het even druk is.", "I.8.4", 1),
        ("Tijdens de schoolvakanties loopt het storm.", "I.8.4", 1),
        ("Je laadt met strakke tijdvensters bij de filialen.", "I.8.4", 1),
        ("In juli draait de zaak op volle toeren.", "I.8.4", 1),
        ("Je bewaakt het tempo in de drukke weekendservices.", "I.8.4", 1),
        ("Zeker tijdens de ochtendpiek moeten de ritten de deur uit.", "I.8.4", 1),
        ("Werken op hoogte schrikt je niet af; je werkt op steigers.", "IV.19", 5),
        ("Avond- en nachtwerk, shiften tot 10 uur.", "VI.2", 10),
        ("Een groot deel van de dag zit je achter de telefoon en het HIS.", "V.2", 8),
        ("Wij bieden: maaltijdcheques, bedrijfswagen met tankkaart en een laptop.", "II.11", 1),
        ("Goed salaris, leaseauto, pensioen en bonusregeling.", "II.11", 1),
        ("Na de inloopperiode krijg je een firmawagen.", "II.11", 1),
        ("Magazijnier (m/v/x) voor een groothandel in sanitair, dagwerk.", "IV.13", 15),
        ("Je bezoekt aannemers en installateurs op hun bouwplaats.", "II.12.1", 1),
        ("Als asfaltwerker verwerk je heet asfalt achter de spreidmachine.", "V.4", 8),
        ("Bezorg pakketten in de binnenstad met onze elektrische bestelbus.", "IV.17", 8),
        ("Je bewaakt de frituurlijn en haalt producten van de band.", "V.3", 60),
        ("Leerkracht groep 1-2. Je begeleidt kleuters bij spel en werk.", "V.4", 8),
        ("Je doet regelmatig rondes langs de kamers.", "IV.17", 8),
        ("Je vult het buitenplein aan: zakken potgrond van 40 liter en betontegels.", "IV.13", 15),
        ("Je zet de orders klaar: kratten bier, dozen wijn en fusten.", "IV.13", 15),
        ("Kasten en banken verplaats je samen met een collega.", "IV.13", 15),
        ("In de piekmaanden oktober t/m december werk je ook op zaterdag.", "I.8.4", 1),
        ("Zaterdag is onze drukste dag.", "I.8.4", 1),
        ("Je kan werken onder hoge druk en houdt het hoofd koel.", "I.8.4", 1),
        ("Je pakt graag aan: zwaar materiaal verplaatsen schrikt je niet af.", "IV.13", 25),
        ("Je bakt frietjes, neemt bestellingen aan de toog op en rekent af.", "II.12.1", 1),
        ("Je parkeert dichtbij en loopt het laatste stuk met de steekkar.", "IV.17", 8),
        ("Met de bakwagen lever je dranken aan cafés en restaurants.", "II.12.1", 1),
        ("Je staat aan de kantelbraadpan en de kookketels.", "V.3", 60),
        ("Als productiemedewerker sta je mee aan de snij- en verpaklijn.", "V.3", 60),
        ("Aan onze staande balie ontvang je de hotelgasten.", "V.3", 60),
        ("Bij sommige klanten sta je een hele voormiddag aan de strijkplank.", "V.3", 60),
        ("Je staat aan je tafel, met een pauze na elk uur spelen.", "V.3", 60),
        ("Je zit of staat aan de kassa en rekent vlot af.", "V.3", 60),
        ("Je vult de schappen aan; voor de onderste planken zit je op je hurken.", "V.4", 8),
        ("Als chauffeur lever je dagelijks aan supermarkten en cafés.", "II.12.1", 1),
        ("Je houdt toezicht vanaf een vaste post in de zaal.", "V.3", 60),
        ("Je verwelkomt gasten aan onze sta-balie.", "V.3", 60),
        ("Je werkt op donderdag- en vrijdagavond in de zaak.", "VI.1.1", 1),
        ("Een shift duurt gemiddeld 9 uur, met een halfuur pauze.", "VI.2", 9),
        ("Je blijft rustig als een reiziger je begint uit te schelden.", "II.8", 2),
        ("Je toont woningen aan kopers en huurders.", "II.12.1", 1),
        ("Je begeleidt de passagiers bij het instappen.", "II.12.1", 1),
        ("Aannemers bellen je op met vragen over levertijden.", "II.12.1", 1),
        ("Op de grote kruispunten loop je heen en weer tussen de wagens.", "IV.17", 8),
        ("Je bent op de weg, ook in regen en wind.", "III.2", 1),
        ("Je stuurt een ploeg van 6 dakdekkers en twee leerlingen aan.", "II.12.5", 1),
        ("Je leidt het team van de nachtploeg.", "II.12.5", 1),
        ("Als ploegbaas verdeel je het werk.", "II.12.5", 1),
        ("Je zaagt bomen met de kettingzaag.", "III.7", 1),
        ("Je werkt de lassen af met de haakse slijper.", "III.7", 1),
        ("In het atelier maak je boeketten voor huwelijken.", "IV.3", 1),
        ("Als technicus kom je langs bij klanten thuis.", "II.12.1", 1),
        ("Atelier. Je werkt zittend of staand aan de werkbank.", "V.4", 8),
        ("Op vrijdagavond moet het snel gaan in de keuken.", "I.8.5", 1),
        ("Je werkt nauwkeurig en snel, ook in de eindejaarsdrukte.", "I.8.5", 1),
        ("Je haalt een vaste norm van dozen per uur.", "I.8.5", 1),
        ("Aan de kassa scan je de hele dag artikelen.", "IV.3", 1),
        ("Als docent geef je les op dinsdagavond.", "VI.1.1", 1),
        ("Inpakker. Je werkt soms zittend aan de band.", "V.4", 8),
        ("Je kan lang rechtstaan aan dezelfde machine.", "V.3", 60),
        ("De montagelijn loopt in een vaste takttijd.", "I.8.5", 1),
        ("Je werkt aan het tempo van de strijklijn.", "I.8.5", 1),
        ("Je begeleidt de jongeren in de leefgroep bij school en vrije tijd.", "II.6", 4),
        ("Je begeleidt jongeren van 12 tot 18 jaar die niet thuis kunnen wonen.", "II.12.2", 1),
        ("Je ontvangt mensen die zich melden, vaak in een acute crisis.", "II.12.2", 1),
        ("Je begeleidt inwoners met problematische schulden.", "II.6", 4),
        ("Je helpt klanten met schulden hun administratie op orde te krijgen.", "II.6", 4),
        ("Je bemiddelt bij een arbeidsconflict tussen medewerker en leidinggevende.", "II.8", 2),
        ("Achter de toonbank vul je bakjes met friet en reken je af.", "II.12.1", 1),
        ("Aan het tweede loket reken je af met de automobilisten.", "II.12.1", 1),
        ("Je werkt grotendeels staand aan de weegtafel en loopt vaak naar het magazijn.",
         "V.4", 8),
        ("Je bent niet bang van zware fysieke arbeid.", "IV.13", 25),
        ("Je sleept takken naar de versnipperaar.", "IV.13", 15),
        ("Elke ochtend mest je de stallen uit.", "IV.13", 15),
        ("Op evenementdagen lopen de diensten door tot na middernacht.", "VI.1.2", 1),
        ("Op evenementdagen lopen de diensten door tot na middernacht.", "VI.1.1", 1),
        ("In de laadzone kan het stevig tochten.", "III.2", 1),
        ("Je laadt de wagens in een tochtige loods.", "III.2", 1),
        ("Je staat aan de warme post van de brasserie.", "III.1.1", 1),
        ("Op je planning staat per kantoor hoeveel minuten je ervoor krijgt.", "I.8.5", 1),
        ("Als fitnesscoach sta je op de vloer tussen de leden.", "V.4", 8),
        ("Je geeft drie groepslessen op een dag.", "V.4", 8),
        ("Gezocht: kleuteronderwijzer voor de instapklas.", "V.4", 8),
        ("In de praktijkhal doe je voor hoe je een leiding buigt.", "V.4", 8),
        ("Op een beursdag zet je al snel 15.000 stappen.", "IV.17", 8),
        ("Je giet vloeibaar ijzer in de zandvormen.", "III.1.1", 1),
        ("Je werkt in de gieterij aan de vormlijn.", "III.1.1", 1),
        ("In juli wordt het in de loods 30 tot 34 graden.", "III.1.1", 1),
        ("Je helpt vooral inloopklanten zonder afspraak.", "II.12.1", 1),
        ("Als schoonheidsspecialiste doe je gelaatsverzorgingen.", "II.12.1", 1),
        ("Op zaterdag staat er een rij en dan moet het rap gaan.", "I.8.5", 1),
        ("Een concert eindigt vaak pas rond 23u.", "VI.1.2", 1),
        ("Je staat het grootste deel van de dag op je post bij de ingang.", "V.3", 60),
        ("Je hebt een vaste hand en werkt onder de loep.", "IV.3", 1),
        ("Je polijst kronen en bruggen.", "IV.3", 1),
        ("Aanbod: een voltijdse job van 38u met maaltijdcheques.", "VI.3", 38),
        ("Deeltijds 80% (30u24/week), contract van bepaalde duur.", "VI.3", 30),
        ("Regio Gent | Voltijds 38u | via interimkantoor", "VI.3", 38),
        # standing at a crossroads or a stand, at the worktable, said of the work itself
        ("Bij wegwerkzaamheden sta je op een kruispunt en regel je het verkeer.", "V.3", 60),
        ("Je staat op de beursstand van de exposant en scant badges.", "V.4", 8),
        ("Je schikt rouwstukken aan de werktafel.", "V.3", 60),
        ("Het werk gebeurt staande aan de snijtafel.", "V.3", 60),
        ("Het werk is overwegend staand, met korte pauzes.", "V.4", 8),
        ("Als offsetdrukker richt je de vellenpers in en bewaak je de oplage.", "V.4", 8),
        ("Als CNC-draaier richt je de machine in en meet je de werkstukken na.", "V.4", 8),
        ("Je werkt als tweede drukker op een Heidelberg.", "V.4", 8),
        ("Je bemant de toegangspost aan de hoofdpoort.", "V.3", 60),
        ("Je post is de ingang van de winkel, naast de detectiepoortjes.", "V.3", 60),
        ("Je bent de hele service op de been tussen zaal en terras.", "V.4", 8),
        ("Je bent heel de dag in de weer in de leefruimte en de tuin.", "V.4", 8),
        ("Aan de kantbank zet je plaat na plaat in de gewenste vorm.", "V.3", 60),
        # a post, a spot, a stand-up till or bar, a desk without chairs, the ironing board
        ("Als portier sta je op post bij de personeelsingang.", "V.3", 60),
        ("Tijdens de service bak en garneer je aan je eigen post.", "V.3", 60),
        ("Je vindt het geen probleem om lang op één plek te staan.", "V.3", 60),
        ("Je werkt op de stakassa bij de bloemenafdeling.", "V.3", 60),
        ("Je bereidt de cocktails achter de cocktailbar.", "V.3", 60),
        ("De pakketten komen via de band binnen en jij scant ze.", "V.3", 60),
        ("Je ontvangt bezoekers aan een hoge balie zonder stoel.", "V.3", 60),
        ("Our reception is a high desk without chairs.", "V.3", 60),
        ("We stand throughout the shift to meet guests at eye level.", "V.3", 60),
        ("Thuis bij de klant strijk je aan de strijkplank.", "V.3", 60),
        ("Als gastvrouw sta je bij de host-stand naast de deur.", "V.3", 60),
        ("You work at a fixed pack station for the whole shift.", "V.3", 60),
        ("You check the parcels along the conveyor.", "V.3", 60),
        ("Op het pakstation maak je de bestellingen klaar.", "V.3", 60),
        # moving or on one's feet, said in other words
        ("Je bent de hele dienst in beweging tussen de kamers.", "V.4", 8),
        ("Je bent vooral buiten en in beweging met de kinderen.", "V.4", 8),
        ("Je bent graag in beweging en helpt klanten in de winkel.", "V.4", 8),
        ("Je vindt het fijn om de hele dag in beweging te zijn.", "V.4", 8),
        ("As assistant manager you are on the shop floor most of the day.", "V.4", 8),
        ("Als badmeester sta je langs de kant van het wedstrijdbad.", "V.4", 8),
        ("Zitten doe je bij ons alleen in de pauze.", "V.4", 8),
        ("Het grootste deel van de dag sta je gebogen over de motor.", "V.4", 8),
        ("Als magazijnchef sta je mee op de vloer.", "V.4", 8),
        ("Je loopt je rondes op de afdeling.", "IV.17", 8),
        ("Je patrouilleert te voet door het winkelcentrum.", "IV.17", 8),
        ("Tijdens de rit wandel je door de rijtuigen.", "IV.17", 8),
        ("Je helpt bij verhuizingen als chauffeur van de bestelwagen.", "II.11", 1),
        # managing people named by its tasks
        ("Je voert de functioneringsgesprekken met je ploeg.", "II.12.5", 1),
        ("Je bent verantwoordelijk voor 12 schoonmakers op drie locaties.", "II.12.5", 1),
        ("Als districtmanager ben je hiërarchisch leidinggevende van de winkelmanagers.",
         "II.12.5", 1),
        ("Je bent het eerste aanspreekpunt van je teamleden.", "II.12.5", 1),
        ("Je regelt de roosters van je team.", "II.12.5", 1),
        ("Je begeleidt je team en voert de functioneringsgesprekken.", "II.12.5", 1),
        ("Het werk doen onderaannemers, die jij op de bouwplaats aanstuurt.", "II.12.5", 1),
        ("Je stuurt de leerling-kok en de afwasser aan.", "II.12.5", 1),
        ("Je stuurt de werkvoorbereider, de monteurs en de onderaannemers aan.", "II.12.5", 1),
        ("Je kunt zelfstandig werken en een ploeg van 2 man aansturen.", "II.12.5", 1),
        ("Je hebt ervaring met het aansturen van mensen.", "II.12.5", 1),
        ("Als teamcoach ben je de directe leidinggevende van twaalf opvoeders.", "II.12.5", 1),
        # hand use
        ("Aan de speltafel deel je de kaarten en betaal je de winsten uit.", "IV.3", 1),
        ("Je bent handig met je handen.", "IV.3", 1),
        ("Zittend aan de draaischijf maak je kommen en bekers.", "IV.3", 1),
        ("Het bekappen vraagt een stevige grip op rasp en tang.", "IV.3", 1),
        ("Elke dag snijd je kilo's groenten, kruiden en vis.", "IV.3", 1),
        ("Barber wanted: skin fades and beard trims, about 14 clients a day.", "IV.3", 1),
        ("Je legt de goede koekjes in trays voor de flowpacker.", "IV.3", 1),
        ("Je werkt in dag-, nacht- en weekenddiensten van 12 uur.", "VI.2", 12),
        # standing through an evening or a night, and pace said in new ways
        ("Je staat de hele avond aan de pizzaoven.", "V.3", 60),
        ("In de nachtploeg ben je de hele nacht op de been.", "V.4", 8),
        ("Een pizza is in 90 seconden klaar, dus je moet snel kunnen werken.", "I.8.5", 1),
        ("Op zaterdag moet alles vlot en snel gaan.", "I.8.5", 1),
        ("Je voert gemiddeld 60 gesprekken per dag in een hoog beltempo.", "I.8.5", 1),
        ("In de uitverkoop draai je mee in het hoge tempo.", "I.8.5", 1),
        # a weight moved by people is lifted, one a machine moves is not (a lookalike below)
        ("Kratten van 15 kg worden met z'n tweeën naar de kelder gedragen.", "IV.13", 15),
        # a cleaner who also mends things still cleans (not a repair step like "reinigt en
        # reviseert")
        ("Je reinigt de hotelkamers en herstelt kleine defecten.", "IV.17", 8),
        ("Bestellingen moeten binnen 3 minuten de deur uit.", "I.8.5", 1),
        ("Je werkt van 14 tot 23 uur.", "VI.1.2", 1),
        ("Je werkt vanaf 16 tot 24 uur.", "VI.1.2", 1),
        ("In het weekend sta je tot 23 uur in de bar.", "VI.1.2", 1),
        ("De halve varkens en runderkwartieren haal je zelf uit de koelcel.", "IV.13", 15),
        ("Je werkt in een vlot tempo, want elke ronde moet voor 17 uur klaar zijn.", "I.8.5", 1),
        ("Tijdens de lunchrush is het snel en efficiënt werken.", "I.8.5", 1),
        ("Het moet rap gaan op de afdeling.", "I.8.5", 1),
        ("De streefnorm ligt op 400 stuks per uur.", "I.8.5", 1),
        ("We werken met een norm van gemiddeld 12 gesprekken per uur.", "I.8.5", 1),
        ("Op zaterdagavond vliegen je handen over de pannen.", "I.8.5", 1),
        ("Je haalt elke dag de pickrate van je afdeling.", "I.8.5", 1),
        ("Het verse asfalt maakt het in de zomer heet werk.", "III.1.1", 1),
        ("Je kan goed tegen de warmte achter de grill.", "III.1.1", 1),
        ("Je ontbraamt de gietstukken met een mesje.", "IV.3", 1),
        ("Je bent handig met gereedschap en werkt graag aan fietsen.", "IV.3", 1),
        ("Je bent veel onderweg: je bezoekt installateurs in heel Limburg.", "II.11", 1),
        ("Je bent de schakel tussen keuken en zaal en loopt heen en weer met de borden.", "IV.17",
         8),
        ("Het versjouwen van bakken leeggoed naar de kelder hoort erbij.", "IV.13", 25),
        ("Je brengt kratten met glazen naar de bar.", "IV.13", 15),
        ("Je staat grotendeels aan je montagestand.", "V.3", 60),
        ("Je maakt boeketten aan de bindtafel.", "V.3", 60),
        ("Je werkt grotendeels staand en voorovergebogen over de massagetafel.", "V.4", 8),
        ("Als suppoost bewaak je de zalen van het museum.", "V.4", 8),
        ("Je bedient een cel van drie spuitgietmachines.", "V.4", 8),
        ("Je scant honderden artikelen per uur.", "I.8.5", 1),
        ("Ook als de rij lang wordt, houd jij het tempo erin.", "I.8.5", 1),
        ("Het tempo wordt door de band bepaald.", "I.8.5", 1),
        ("De lijn loopt door, dus je moet snel doorwerken.", "I.8.5", 1),
        ("Het werk vraagt veel kracht in je handen en polsen.", "IV.3", 1),
        ("Je stelt de remmen en versnellingen fijn af.", "IV.3", 1),
        ("Je snijdt kilo's groenten voor de soep.", "IV.3", 1),
        # wet work and agents on the skin, named or only shown by the task
        ("Na de dienst maak je de snijmachine schoon met water en ontsmettingsmiddel.", "III.3",
         1),
        ("Aan de nageltafel werk je met aceton en primers.", "III.3", 1),
        ("Je desinfecteert de stoel na elke patiënt.", "III.3", 1),
        ("Elke ochtend emmers water verversen en stelen aansnijden.", "III.3", 1),
        ("Je handen zitten de hele dienst in koud water.", "III.3", 1),
        ("Je handen zijn de hele dag in aanraking met ijs en vis.", "III.3", 1),
        ("Je bent niet bang om nat te worden.", "III.3", 1),
        ("Je spuit de velgen schoon met de hogedrukreiniger.", "III.3", 1),
        # riding along rules out the driving, not the loading before it
        ("Je laadt de vrachtwagen zelf in en je rijdt mee naar de klant.", "IV.13", 15),
        # a choice between standing and sitting is no seated job
        ("Staand of zittend aan de werkbank werk je in ons atelier.", "V.4", 8),
        ("Je bent fit en kunt de hele dag staan.", "V.4", 8),
        ("Je vindt het geen probleem om je hele dienst te staan.", "V.4", 8),
        ("Het werk is afwisselend geknield en rechtop; stilzitten is er niet bij.", "V.4", 8),
        ("De hal is gekoeld en je werkt de hele dag met ijs en water.", "III.3", 1),
        ("Samen met een collega rijd je met de bus naar de klussen.", "II.11", 1),
        # the option is BE; B itself is required
        ("Rijbewijs B verplicht (BE is een pré).", "II.11", 1),
        ("Je volgt de openstaande posten op en contacteert klanten telefonisch.", "II.12.1", 1),
        # the colon ends what "is er niet bij" negates: here it is the sitting
        ("Je bent de hele dag in de weer: stilzitten is er niet bij.", "V.4", 8),
        # the company's own clause ends where the sentence turns to the reader
        ("Bij ons schoonmaakbedrijf dat al 30 jaar bestaat help je particulieren thuis.",
         "II.12.1", 1),
        ("Een verhuisbedrijf dat groeit zoekt een verhuizer die particulieren helpt.", "II.12.1",
         1),        # standing shown by the workplace or the task alone
        ("In de vroege shift bevoorraad je de rekken van de hele winkel.", "V.4", 8),
        ("Tijdens de ingreep assisteer je de chirurg aan de operatietafel.", "V.3", 60),
        ("Op opnamedagen sta je de hele dienst naast de grimeerstoel.", "V.3", 60),
        # hand work shown by the tool, the trade or the task alone
        ("Pipetteren en afwegen doe je zelf.", "IV.3", 1),
        ("Met de beitel hak je zwaluwstaarten uit.", "IV.3", 1),
        ("Je draait bekers en schalen op de schijf.", "IV.3", 1),
        ("Wij zoeken een fietsenmaker voor onze werkplaats.", "IV.3", 1),
        ("Als tandtechnicus maak je kronen en bruggen.", "IV.3", 1),
        ("Manuele technieken vormen de kern van je behandelingen.", "IV.3", 1),
        ("Als stoffeerder bekleed je stoelen en banken.", "IV.3", 1),
        ("Tijdens het seizoen steek je witte asperges.", "IV.3", 1),
        ("Je geeft sport- en ontspanningsmassages aan onze gasten.", "IV.3", 1),
        ("Als masseur werk je in ons wellnesscentrum.", "IV.3", 1),
        ("Als sportmasseur behandel je onze wielrenners.", "IV.3", 1),
        # folding and sorting still count where they are the work
        ("Je vouwt handdoeken aan de vouwtafel.", "IV.3", 1),
        ("Je sorteert vuil linnen per klant.", "IV.3", 1),
        ("In de kerstperiode zoeken wij inpakkers.", "IV.3", 1),
        # two trades the job asks, not a team's make-up
        ("Wij zoeken schilders en stoffeerders voor ons atelier.", "IV.3", 1),
        ("Voor de service portioneer je de vis.", "IV.3", 1),
        ("Je legt de plakjes recht die scheef liggen.", "IV.3", 1),
        ("Met een mesje verwijder je de bramen van de onderdelen.", "IV.3", 1),
        ("In de kas draai je de planten in en oogst je trossen.", "IV.3", 1),
        ("Aan de stektafel werk je met jonge planten.", "IV.3", 1),
        ("Je steekt rozen in hoezen.", "IV.3", 1),
        ("Voor dit werk heb je fijne vingers nodig.", "IV.3", 1),
        # the seat named before the verb, a seated till, screens with adjectives, a round
        # with words in between
        ("Aan je eigen werktafel zit je met loep en soldeerbout.", "V.2", 8),
        ("Je werkt aan de zitkassa van onze supermarkt.", "V.2", 8),
        ("Je zit aan een industriële naaimachine.", "V.2", 8),
        ("In het tolhokje zit je op een ergonomische stoel.", "V.2", 8),
        ("Je werkt de hele dag achter twee grote, gekalibreerde schermen.", "IV.4", 8),
        ("Bestellingen verwerk je in ons ticketingsysteem.", "IV.4", 8),
        ("Je loopt meerdere keren per dienst een vaste ronde door de hal.", "IV.17", 8),
        # ironing, standing outside or bent over a bed; a cashier's counted pace
        ("Als strijkster werk je in onze strijkerij.", "V.4", 8),
        ("Je strijkt uniformen en bedlinnen voor de bewoners.", "V.4", 8),
        ("Bij elke thuiswedstrijd sta je buiten aan de ingang.", "V.4", 8),
        ("Je verzorgt de baby, waarbij je vaak over het badje gebogen staat.", "V.4", 8),
        ("Je scant zo'n 30 artikelen per minuut.", "IV.3", 1),
        # peaks in other words: evenings, the weekend rush, a busy day, overtime in busy spells
        ("Vrijdag en zaterdag zijn onze piekavonden.", "I.8.4", 1),
        ("In de weekendspits gaan er 150 couverts over de pass.", "I.8.4", 1),
        ("Op een drukke dag bind je tientallen boeketten.", "I.8.4", 1),
        ("Rond Moederdag draaien we overuren.", "I.8.4", 1),
        # a rush, a full house, a queue, deadlines by other names
        ("Tijdens de ochtendrush draai je honderden koppen koffie.", "I.8.4", 1),
        ("Bij drukte spring je bij aan de kassa.", "I.8.4", 1),
        ("Op vrijdag en zaterdag zitten we vaak vol.", "I.8.4", 1),
        ("In het voorjaar stroomt de werkplaats vol.", "I.8.4", 1),
        ("Je blijft vriendelijk bij lange wachtrijen.", "I.8.4", 1),
        ("Je houdt het hoofd koel als de bonnen zich opstapelen.", "I.8.4", 1),
        ("Rond de feestdagen ligt de druk extra hoog.", "I.8.4", 1),
        ("Strakke releasedeadlines horen erbij.", "I.8.4", 1),
        ("Je blijft kalm als het hectisch wordt.", "I.8.4", 1),
        ("Je werkt nauwkeurig, ook wanneer het druk is.", "I.8.4", 1),
        ("Tot de vrachtwagens vertrekken staat er flink wat druk op.", "I.8.4", 1),
        ("Het werk kent de nodige druk.", "I.8.4", 1),
        ("Op zonnige dagen zit het terras vol.", "I.8.4", 1),
        ("Je blijft rustig, ook als het terras helemaal vol zit.", "I.8.4", 1),
        # screen work in Flemish and in office software
        ("Twee dagen per week telewerk is mogelijk.", "V.2", 8),
        ("Je werkt vlot met de courante Office-toepassingen.", "IV.4", 8),
        # one guest, customers who call, a round along the customers
        ("Je ontvangt de gast en houdt een korte intake.", "II.12.1", 1),
        ("Klanten bellen je ook zelf als hun alarm afgaat.", "II.12.1", 1),
        ("Je rijdt elke dag met de bestelwagen van de firma langs de klanten.", "II.12.1", 1),
        # heat said after the place: "waar het behoorlijk warm is", "het kan warm zijn"
        ("Je bakt af in de dekoven, waar het behoorlijk warm is.", "III.1.1", 1),
        ("Het kan warm zijn in de buurt van de mangels.", "III.1.1", 1),
        ("Het kan in de spoelkeuken behoorlijk warm worden.", "III.1.1", 1),
        ("Je plukt in de volle zon bij 30 graden.", "III.1.1", 1),
        # the nursery and the greenhouse
        ("Je helpt bij het oppotten en wijderzetten van planten.", "V.4", 8),
        ("Wij zoeken een collega voor onze boomkwekerij.", "V.4", 8),
        ("Bij drukte staan je handen nooit stil.", "IV.3", 1),
        ("Je plooit handdoeken en lakens aan de plooitafel.", "IV.3", 1),
        ("Het is secuur werk met je vingers.", "IV.3", 1),
        # boning by its infinitive, hands busy all day, packing by hand, wiring, slices laid out
        ("Je hebt ervaring met uitbenen.", "IV.3", 1),
        ("Je vindt het prettig om de hele dag met je handen bezig te zijn.", "IV.3", 1),
        ("Aan het einde van de lijn pak je de ijsjes in omdozen.", "IV.3", 1),
        ("Een groepenkast afmonteren vraagt nauwkeurig strippen, krimpen en aandraaien.",
         "IV.3", 1),
        ("Je legt de plakjes die de snijmachine aflevert netjes op de schaaltjes.", "IV.3", 1),
        ("Je legt de deegstukken op de platen.", "IV.3", 1),
        # busy about the place for part of the shift, a round on foot
        ("Een groot deel van je dienst ben je in de weer tussen de kamers en de huiskamer.",
         "V.4", 8),
        ("Daarna ga je te voet de wijk in, van deur tot deur.", "V.4", 8),
        ("In de ochtend loop je je vaste wijk, te voet met een posttas.", "V.4", 8),
        # the people a job answers to outside a shop
        ("Je bent het aanspreekpunt voor familie en je signaleert veranderingen.", "II.12.1", 1),
        ("Je bent het aanspreekpunt voor de bouwheer en de architect.", "II.12.1", 1),
        ("Na afloop leg je de bewoner uit hoe de omvormer werkt.", "II.12.1", 1),
        ("Je legt aan de bouwheer uit wat je gedaan hebt.", "II.12.1", 1),
        ("Twee keer per jaar voer je oudergesprekken.", "II.12.1", 1),
        ("Je ontvangt rouwende families in ons funerarium.", "II.12.1", 1),
    ],
)
def test_phrase_gives_demand_in_unit(text: str, key: str, value: float) -> None:
    demands = extract_demands(text)
    assert key in demands, f"{key} niet gevonden in {text!r}: {sorted(demands)}"
    demand = demands[key]
    assert demand.value == value
    code, condition = fml.split_key(key)
    assert demand.unit == ("conditie" if condition else fml.ITEMS[code].unit)
    assert 0 < demand.confidence <= 1
    assert demand.source == "text"
    assert demand.evidence and len(demand.evidence) < 120


def test_explicit_weight_is_more_certain_than_a_hint() -> None:
    demands = extract_demands("Magazijnwerk waarbij je tilt tot 25 kg.")
    assert demands["IV.13"].value == 25
    assert demands["IV.13"].confidence > extract_demands("magazijnwerk")["IV.13"].confidence


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Geen zwaar tilwerk, de karren zijn elektrisch.", "IV.13"),
        ("Je werkt zonder nachtdiensten.", "VI.1.2"),
        ("Er zijn geen avonddiensten.", "VI.1.1"),
        ("Geen klantcontact, je werkt in de backoffice.", "II.12.1"),
        ("Rijbewijs B is niet vereist.", "II.11"),
        ("Geen rijbewijs nodig, je werkt op kantoor.", "II.11"),
        ("Je hoeft geen leidinggevende taken te hebben.", "II.12.5"),
        ("Geen wachtdiensten en geen weekendwerk.", "VI.1.2"),
        ("Je gebruikt de tillift; zelf tillen doen wij hier niet.", "IV.13"),
        ("Rolstoelen zet je vast in de bus; je tilt geen cliënten.", "IV.13"),
        ("Géén nachtdiensten, je werkt gewoon overdag.", "VI.1.2"),
        ("Laden en lossen gebeurt door de klant.", "IV.13"),
        ("Klantcontact heb je niet: je werkt in het magazijn.", "II.12.1"),
        ("Nachtdiensten draai je niet, daarvoor hebben we een apart team.", "VI.1.2"),
        ("Pallets gaan op de pompwagen; handmatig tillen is er nauwelijks bij.", "IV.13"),
        ("Het werk is licht; tillen komt amper voor.", "IV.13"),
        ("Plaatsing bij de klant doet ons eigen montageteam.", "II.12.1"),
        ("Je bedient de pers; manueel tillen komt niet voor.", "IV.13"),
        ("Nachtdiensten horen niet bij deze functie.", "VI.1.2"),
        ("Nachtdiensten worden door een collega ingevuld.", "VI.1.2"),
        ("Nachtdiensten worden gedraaid door ons aparte nachtteam.", "VI.1.2"),
        ("Vaste dagdienst; tillen is niet aan de orde.", "IV.13"),
        ("Nachtdiensten zijn er voor deze functie niet.", "VI.1.2"),
        ("Cliënten til je met de tillift; zwaar tilwerk hoort er dus niet bij.", "IV.13"),
        ("Het contact met de klanten loopt via de afdeling customer service.", "II.12.1"),
        ("Vragen van klanten worden afgehandeld door de collega's van verkoop.", "II.12.1"),
        ("Onze fabriek draait in twee ploegen, maar jij werkt gewoon overdag.", "VI.1.1"),
        ("Je werkt van maandag tot vrijdag; 's avonds en in het weekend ben je vrij.", "VI.1.1"),
        ("Het contact met de klanten zelf verloopt via onze customer service.", "II.12.1"),
        ("Het klantcontact zelf ligt bij de collega's van customer service.", "II.12.1"),
        ("Je hebt geen contact met bewoners of externe klanten.", "II.12.1"),
        ("Je maakt de kamers op. Contact met gasten is beperkt.", "II.12.1"),
        ("Nachtwerk komt bij ons niet voor.", "VI.1.2"),
        ("Je werkt tot 17:00 uur; 's avonds en op zondag zijn we dicht.", "VI.1.1"),
        ("De fabriek draait in 3 ploegen (jij werkt gewoon in dagdienst).", "VI.1.2"),
        ("Tillen hoeft nauwelijks: elke werkplek heeft een hefplatform.", "IV.13"),
        ("Onze bakkers werken in ploegendienst, jij niet: je werkt op kantoor.", "VI.1.1"),
        ("Nachtdiensten doen wij met een vast nachtteam, dus die heb jij niet.", "VI.1.2"),
        ("Tillen is er bij deze functie nauwelijks bij.", "IV.13"),
        ("Het klantcontact loopt via onze verkopers in de winkel.", "II.12.1"),
        ("Er is een tillift, dus zwaar tillen hoort daarom niet bij deze functie.", "IV.13"),
        ("Zware vuilbakken sleuren? Dat hoeft niet: die rijden we met een kar.", "IV.13"),
    ],
)
def test_negated_phrase_gives_no_demand(text: str, key: str) -> None:
    """A negated condition or yes/no item is known not to apply (value 0, with its evidence);
    a negated amount ("geen zwaar tilwerk") stays unknown."""
    demands = extract_demands(text)
    if key == "IV.13":
        assert key not in demands
    else:
        assert demands[key].value == 0 and demands[key].evidence
    assert demands.notes


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kantoortijden 08:30-17:00", "VI.1.1"),
        ("Wij verwerken grondstoffen tot halffabricaten.", "III.5"),
        ("Ons team van zorgvuldige collega's", "II.12.2"),
        ("Je werkt in een 2-ploegendienst (vroeg en laat)", "VI.1.2"),
        ("Werken in ploegendienst", "VI.1.2"),
        ("Nachtploeg van 22:00 tot 06:30.", "VI.1.1"),
        ("Rijbewijs B is een pré.", "II.11"),
        ("Kennis van HACCP, VCA, heftruckervaring, etc. vormen sterke troeven.", "II.11"),
        ("Rijbewijs B is handig maar niet noodzakelijk.", "II.11"),
        ("- Rijbewijs B mooi meegenomen", "II.11"),
        ("Een heftruckcertificaat is nice to have.", "II.11"),
        ("Mogelijkheid tot een bedrijfswagen en 6 extra vakantiedagen.", "II.11"),
        ("Een leaseauto is bespreekbaar.", "II.11"),
        ("Een bedrijfswagen naar keuze (of mobiliteitsbudget) en een laptop.", "II.11"),
        ("Reiskosten: een leaseauto/OV-jaarkaart.", "II.11"),
        ("Je plant elk product van de aanvraag tot de levering bij de klant.", "II.12.1"),
        ("Je kunt je budget omzetten in een NS Businesskaart of een leaseauto.", "II.11"),
        ("Je onderhoudt installaties met gas onder druk.", "I.8.4"),
        ("Voor onze opdrachtgever in Tilburg zoeken wij een schoonmaker.", "II.12.1"),
        ("Het water in de spoelbak is 40 °C.", "III.1.2"),
        ("Als planner stem je de menu's af met de koks.", "V.4"),
        ("Verkoopmedewerker binnendienst: je maakt offertes op.", "V.4"),
        ("Je directe leidinggevende is de teamleider Logistiek.", "II.12.5"),
        ("Je bent de spil tussen klanten, chauffeurs en monteurs.", "II.11"),
        ("Een coöperatie met klanten in heel Europa zoekt een boekhouder.", "II.12.1"),
        ("Elke ochtend vertrek je vanuit huis met je servicebus.", "IV.4"),
        ("Een logistiek dienstverlener met 12 warehouses zoekt een data-analist.", "IV.13"),
        ("Het gaat snel met ons bedrijf.", "I.8.5"),
        ("Het stadskantoor heeft een beveiliger in de hal.", "IV.17"),
        ("Als teamleider warehouse plan je de diensten en bewaak je de kwaliteit.", "IV.13"),
        ("Als wij uitlopen, loopt de hele bouw uit.", "IV.17"),
        ("Je lost containers met de hand en stapelt de dozen op pallets.", "IV.3"),
        ("Je werkt de muren af, zowel met de hand als met de machine.", "IV.3"),
        ("Je werkt soms in een kruipruimte.", "V.5"),
        ("Op kantoor staat een barista-koffiemachine.", "II.12.1"),
        ("Bij het zagen draag je een stofmasker.", "IV.13"),
        ("In deze functie kom je in aanraking met veel afdelingen.", "III.3"),
        ("In de kinderopvang leg je de kinderen op bed.", "V.6"),
        ("Rijbewijs C is een pr&eacute;.", "II.11"),  # an entity left over from feed HTML
        ("Bij ons vul je 's avonds de schappen in de hele winkel.", "II.12.1"),
        ("Je lapt de ramen van winkels en kantoren.", "II.12.1"),
        ("Geen sleur: elke dag is anders.", "IV.13"),
        ("De winkel ligt op 3 km lopen van het station.", "IV.17"),
        ("Je heet gasten welkom aan de balie.", "III.1.1"),
        ("Je werkt soms op het dak bij de ventilatie-units.", "III.2"),
        ("Je serveert aan tafel en op het terras.", "III.1.2"),
        ("In de kantine is het 21 graden.", "III.1.2"),
        ("Vroege dienst 07:00-16:00 of late dienst 09:00-18:00.", "VI.1.1"),
        ("Als verzorgende ga je bij mensen thuis langs.", "II.12.1"),
        ("We groeien in een hoog tempo en zoeken een controller.", "I.8.5"),
        ("Onze sector groeit in een razend tempo.", "I.8.5"),
        ("Je verdient € 15,20 per uur.", "I.8.5"),
        ("Je staat aan de startblokken voor je eerste job.", "V.3"),
        ("Sta je achter de klant, ook als het moeilijk wordt?", "V.3"),
        ("Je haalt je vaste cliënten 's ochtends thuis op en brengt ze terug.", "II.6"),
        ("Wat bieden wij? Een vast team en een eigen teamleider.", "II.12.5"),
        ("Tillen met de tillift.", "IV.13"),
        ("Je maait bermen en knipt hagen, ook de hoge.", "V.3"),
        ("Met de reachtruck bevoorraad je de orderpickers.", "IV.13"),
        ("Nachtdiensten worden gedraaid door ons aparte nachtteam.", "V.6"),
        ("Je zorgt dat de bestellingen van onze klanten op tijd de deur uit gaan.", "II.12.1"),
        ("Je ondersteunt onze vertegenwoordiger met offertes en planning.", "II.12.1"),
        ("Je zet trottoirbanden en knipt passtukken.", "IV.3"),
        ("Je bouwt datamodellen bovenop ons Snowflake-warehouse.", "IV.13"),
        ("Het uitpakken doen de vakkenvullers van de winkel.", "V.4"),
        ("Het handwerk in de sleuf doet de grondwerker.", "IV.13"),
        ("Je helpt klanten en draait af en toe een kassadienst.", "V.3"),
        ("Zittend en staand werk afgewisseld.", "V.3"),
        ("Je verzorgt de loonadministratie.", "II.12.2"),
        ("Werkdagen van 8 tot 17 uur.", "VI.1.1"),
        ("We reageren binnen 24 uur.", "VI.3"),
        ("Bestellingen die voor 17 uur binnen zijn, gaan dezelfde dag mee.", "VI.3"),
        ("Wij staan voor persoonlijke aandacht en excellente service.", "IV.4"),
        ("Je monteert bedieningspanelen en kabelbomen in de kast.", "IV.17"),
        ("Je test kooktoestellen in ons lab.", "V.4"),
        ("Je lost storingen in de software zelf op.", "IV.13"),
        ("Je denkt mee om problemen op te lossen.", "IV.13"),
        ("Als data warehouse designer ontwerp je datamodellen.", "IV.17"),
        ("Wij verkopen huishoudelijke apparaten via onze webshop.", "IV.17"),
        ("Je staat achter de visie van ons bedrijf.", "V.3"),
        ("Vragen? Bel met Anouk Verhoef, teamleider Ruimte.", "II.12.5"),
        ("Je kunt doorgroeien naar bijvoorbeeld afdelingsmedewerker of teamleider.", "II.12.5"),
        ("Onze klanten zijn vaak op de werf en rekenen op snelle levering.", "III.2"),
        ("Onze gasten komen voor de klassiekers van de kaart.", "II.12.1"),
        ("Ons team bestaat uit 14 collega's, van studenten tot drogisten.", "II.12.2"),
        ("Onze software rijdt mee in meer dan 3.000 trucks.", "II.11"),
        ("Een vast contract bij de klant na de interimperiode.", "II.12.1"),
        ("Handmatig sjouwen is er niet bij.", "IV.13"),
        ("Wij bouwen appartementen voor particulieren en projectontwikkelaars.", "II.12.1"),
        ("Zorginstellingen gebruiken ons platform om avond- en nachtdiensten in te plannen.",
         "VI.1.2"),
        ("Een vaste teamleider die je begeleidt.", "II.12.5"),
        ("Je cv ter attentie van Pieter Vandamme, Sales Manager.", "II.12.5"),
        ("Je vult de droogtrechters bij met granulaat.", "IV.17"),
        ("Het lossen gebeurt met de laadklep en een elektrische palletwagen.", "IV.13"),
        ("U levert bij winkels en u lost zelf met de transpallet.", "IV.13"),
        ("Minimaal 5 jaar leidinggevende ervaring in een warehouse.", "IV.13"),
        ("Als voorman metselaar verdeel je het werk over de ploeg.", "IV.13"),
        ("Je volgt de metselwerken op de werven op.", "V.4"),
        ("Een vroege dienst (07:00-16:00) en een late dienst (09:00-18:00).", "VI.1.1"),
        ("Kom langs met je cv op een weekdag tussen 14u en 17u.", "VI.2"),
        ("Spring gewoon eens langs met je cv, elke werkdag van 14u tot 17u.", "VI.2"),
        ("Je bent beschikbaar op minimaal drie dagen tussen 8.00 en 17.00 uur.", "VI.2"),
        ("Spring eens binnen met je cv tussen 15u en 17u.", "VI.2"),
        ("Je werkt tussen 8u en 16u, geen avondwerk.", "VI.2"),
        ("Vroege diensten vanaf 5u, late diensten tot 1u 's nachts.", "VI.2"),
        ("Ladders gebruiken we niet, alles ligt op werkhoogte.", "IV.19"),
        ("Het schoonmaken van je werkplek hoort erbij.", "IV.17"),
        ("Om half één sta je alweer buiten!", "III.2"),
        ("Je bewaakt het proces en grijpt in bij storingen.", "II.8"),
        ("Escalaties naar 2nd line volg je op.", "II.8"),
        ("Je stuurt het zaalteam van 6 medewerkers en studenten aan.", "II.12.2"),
        ("Je werkt in hun huis, dus je maakt een praatje met de bewoners.", "II.12.2"),
        ("Je bespreekt bevindingen met gebouwbeheerders en bewoners.", "II.6"),
        ("Een contract tot 40 uur per week.", "VI.1.1"),
        ("Je bezoekt af en toe een bouwplaats.", "III.2"),
        ("Af en toe loop je een ronde door het magazijn.", "IV.13"),
        ("Je rijdt de hele dag op de reachtruck. Je lost vrachtwagens aan de docks.", "IV.13"),
        ("Als heftruckchauffeur ben je verantwoordelijk voor het laden en lossen.", "IV.13"),
        ("Het bedrijf levert trostomaten aan supermarkten in heel Europa.", "II.12.1"),
        ("Je werkt samen met planners, calculators en magazijniers.", "IV.13"),
        ("In de spoelkeuken gaat het snel als er 1.500 gasten tegelijk lunchen.", "II.12.1"),
        ("Met de bestelbus bezorg je dagelijks 150 pakketten aan huis.", "V.4"),
        ("Koerier: je bezorgt documenten per bakfiets in de binnenstad.", "V.4"),
        ("Met de takel of manipulator verplaats je de stukken en laadt je de bakken.", "IV.13"),
        ("Je doet het preventief onderhoud van onze productielijnen.", "V.3"),
        ("In samenwerking met de Warehouse Responsible volg je de voorraad op.", "IV.13"),
        ("Je zorgt dat de gebruikers van de software er meerwaarde uit halen.", "II.12.1"),
        ("Je bespreekt de voortgang met ouders, leerkrachten en verwijzers.", "V.4"),
        ("Je baadt de baby en doet lichte huishoudelijke taken.", "IV.17"),
        ("Vrijdagavond staat de rij tot buiten. Studenten en flexi-jobbers welkom.", "II.12.2"),
        ("Je helpt mee met kleine huishoudelijke taken (flesjes, was, opruimen).", "IV.17"),
        ("Dozen en kratten bier gaan met de steekkar naar de kelder.", "IV.13"),
        ("Als kassamedewerker zit je aan de kassa en scan je de boodschappen.", "V.3"),
        ("Wisselende diensten binnen onze openingsuren (7u - 18u).", "VI.1.1"),
        ("Wisselende diensten binnen onze openingsuren (7u - 18u).", "VI.2"),
        ("Af en toe loop je een ronde door het magazijn.", "IV.17"),
        ("Groothandel in sanitair zoekt een inkoper.", "IV.20"),
        ("Bereikbaar elke werkdag van 8 tot 16.30 uur.", "VI.3"),
        ("Pallets van 1.250 kg verplaats je met de heftruck.", "IV.13"),
        ("Je rapporteert aan je leidinggevende.", "II.12.5"),
        ("Je ondersteunt de operations manager bij de planning.", "II.12.5"),
        ("Als office manager regel je de inkoop.", "II.12.5"),
        ("Je plant ritten en hebt contact met chauffeurs en klanten.", "II.11"),
        ("Rijbewijs C is een grote plus.", "II.11"),
        ("De winkel is geopend van 9 tot 18 uur.", "VI.2"),
        ("Werktijden in overleg tussen 8 en 17 uur.", "VI.2"),
        ("Een contract van 24-32 uur.", "VI.2"),
        ("Je begeleidt kinderen van 4 tot 12 jaar.", "VI.2"),
        ("Je zit aan de kassa en rekent af.", "V.3"),
        ("Je staat aan de startblokken van je carrière.", "V.4"),
        ("Wij ontwikkelen installaties voor internationale klanten.", "II.12.1"),
        ("Voor onze klant, een chemiebedrijf, zoeken we een aankoper.", "II.12.1"),
        ("Je registreert en sorteert de briefwisseling.", "IV.3"),
        ("Wij bieden een goed salaris, een NS Businesskaart of een leaseauto.", "II.11"),
        ("Na de overgang bieden zij on-site en 24/7 support.", "VI.1.2"),
        ("Ons kantoor ligt onder de rook van Leiden.", "III.5"),
        ("Denk je dat je ons team kunt aanvullen? Solliciteer!", "V.4"),
        ("Je kunt doorgroeien naar bijvoorbeeld teamleider.", "II.12.5"),
        ("Wij bieden een vaste werkplek en een vaste standplaats.", "V.3"),
        ("Gemeenten zijn continu in beweging.", "IV.17"),
        ("Bel gerust met Maaike van HR.", "IV.17"),
        ("Je bent niet bezorgd om een uitdaging.", "IV.17"),
        ("Je werkt aan de beveiliging van onze netwerken.", "IV.17"),
        ("Ons kantoor ligt naast het winkelcentrum.", "II.12.1"),
        ("Het opspannen van de stof doe je met het nietpistool.", "III.5"),
        ("Wij zorgen voor bezorging de volgende ochtend.", "IV.17"),
        ("Na afloop leg je de bewoner uit hoe de omvormer werkt.", "II.12.2"),
        ("Shifts fall between 08:00 and 22:00.", "VI.2"),
        ("Je werkt in dagen van 8 tot 17 uur.", "VI.3"),
        ("Tillen gebeurt altijd met een tillift.", "IV.13"),
        ("Je lost zelf met de elektrische palletwagen.", "IV.13"),
        ("Wij verzorgen glasbewassing voor winkels en particulieren. Je plant de ploegen.",
         "II.12.1"),
        ("Je verkoopt cosmetica en producten voor persoonlijke verzorging.", "IV.17"),
        ("Alles moet op tijd klaarstaan voor de bezorgers.", "IV.17"),
        ("Als teamleider geef je leiding aan 20 productiemedewerkers.", "V.4"),
        ("Hotel met 120 kamers in de binnenstad.", "I.8.5"),
        ("De late dienst eindigt om 22:00, tot 22:00 uur dus.", "VI.1.2"),
        ("Een contract tot 20u per week.", "VI.1.1"),
        ("Werken vanaf 4 uur per week kan ook.", "VI.1.2"),
        ("Teamuitjes en een fantastische barista-koffiemachine.", "V.3"),
        ("Het laden gebeurt door onze magazijnmedewerkers.", "IV.13"),
        ("Je stuurt een team van 25 tot 35 orderpickers en inpakkers aan.", "IV.3"),
        ("Vroege (6u-14u) en late ploeg (14u-22u).", "VI.3"),
        ("Werktijden tussen 7:30 en 17:30, geen weekendwerk.", "VI.2"),
        ("Salaris volgens cao Schoonmaak- en Glazenwassersbedrijf.", "V.7"),
        ("Loon volgens cao Beveiliging, met toeslagen.", "IV.17"),
        ("Je rijdt naar de klant en bent 's avonds weer thuis.", "VI.1.1"),
        ("Je werkt soms ook buiten de kantooruren.", "III.2"),
        ("Het is 25 graden in de hal.", "III.1.2"),
        ("In de piekweken verdrievoudigt het volume.", "II.6"),
        ("Je bezoekt klanten op hun bouwplaats of in hun werkplaats.", "V.4"),
        ("Samen met het team til je het rekenonderwijs naar een hoger niveau.", "IV.13"),
        ("Je tilt een lauwe lead met gemak naar een mooie deal.", "IV.13"),
        ("Wij verhuren alles van een klopboor tot een minigraver.", "III.7"),
        ("Vervoer mogelijk via de bedrijfsbus vanuit Kortrijk.", "II.11"),
        ("Competitive salary + bedrijfswagen or mobiliteitsbudget, your choice.", "II.11"),
        ("Je knipt stof op maat op de snijtafel.", "III.5"),
        ("Met 250 medewerkers en klanten over heel Europa zijn we marktleider.", "II.12.1"),
        ("Je bent de brug tussen de productievloer en de administratie.", "V.4"),
        ("Je bent de brug tussen de productievloer en de administratie.", "IV.17"),
        ("In het piekseizoen voor boekingen is het flink aanpoten.", "I.8.5"),
        ("Je stemt af met de ploegleiders, aankoop en customer service.", "II.12.1"),
        ("Werk je liever achter de schermen dan aan de balie?", "II.12.1"),
        ("Je stapelt dozen op paletten voor de winkels.", "II.12.1"),
        ("Als de winkel dicht is, begint jouw werk in de rekken.", "II.12.1"),
        ("Je rijdt voor de winkelbevoorrading in Noord-Holland.", "II.12.1"),
        ("FietsPunt is met 45 winkels een van de grootste fietsspecialisten.", "II.12.1"),
        ("Je vouwt kleding en helpt mee aan de kassa.", "V.3"),
        ("Na de service poets je je werkpost en de toestellen.", "IV.17"),
        ("Je bent veel onderweg met een dienstwagen van de vzw.", "IV.17"),
        ("Je bezorgt tijdig de nodige rapporten aan de boekhouding.", "IV.17"),
        ("Je bewaakt de planning en blijft rustig onder tijdsdruk.", "I.8.5"),
        ("Een rooster met vroege diensten (7u-15u) en late diensten (10u-18u).", "VI.1.1"),
        ("Dispatcher Warehouse (m/v) - Venlo - 40 uur", "IV.13"),
        ("Je rijdt de rolcontainers vanuit het magazijn naar de rekken.", "II.11"),
        ("Het meeste werk gebeurt zittend; het knippen doe je staand aan de grote tafel.", "V.3"),
        ("Je staat de hele dag voor de groep of loopt rond in het lokaal.", "V.3"),
        ("Je hebt een eerste job op je cv of staat aan de startblokken.", "V.3"),
        ("Als teamleider sta je achter de keuzes van je team.", "V.3"),
        ("Inpakker. Je zit aan de verpakkingsband en neemt de koekjes van de band.", "V.3"),
        ("Inpakker. Je zit aan de verpakkingsband en neemt de koekjes van de band.", "V.4"),
        ("Kassamedewerker. Vanaf je kassastoel reken je de boodschappen af.", "V.3"),
        ("U zit aan de kassa en rekent af; tussendoor vult u de rekken aan.", "V.4"),
        ("Je werft operatoren en productiemedewerkers; je zit vooral achter je scherm.", "V.4"),
        ("Je loopt wat af tussen keuken, toog en terras.", "V.3"),
        ("Je werkt een deel van de dienst aan de labtafel en een deel achter de pc.", "V.3"),
        ("Daarnaast zit je geregeld aan de kassa of help je bij de zelfscan.", "V.3"),
        ("Een producent die dagelijks tonnen product levert aan supermarkten.", "II.12.1"),
        ("Wij bieden yogalessen elke woensdagavond.", "VI.1.1"),
        ("De helikopter vervoert passagiers en vracht naar de platforms.", "II.12.1"),
        ("Klantvragen komen binnen bij de afdeling klantenservice.", "II.12.1"),
        ("Na de proefperiode volgt vast werk bij de klant.", "II.12.1"),
        ("Om 6 uur moet het brood in de winkels liggen.", "II.12.1"),
        ("Met de gratis bedrijfsbus vanaf het station ben je snel op je werk.", "II.11"),
        ("Stuur je brief en cv aan de afdeling personeelszaken.", "II.12.5"),
        ("Je stuurt niet zelf de schoonmakers van de leverancier aan.", "II.12.5"),
        ("Dit is een functie zonder personeel: je stuurt geen medewerkers aan.", "II.12.5"),
        ("Je stemt af met de ploegleiders, maar stuurt zelf niemand aan.", "II.12.5"),
        ("De krant gaat om 22 uur naar de drukker.", "V.4"),
        ("We bouwen rijwoningen en twee-onder-een-kappers.", "IV.3"),
        ("We bouwen rijwoningen en twee-onder-een-kappers.", "V.3"),
        ("Je krijgt met je acties de hele wijk op de been voor het buurtfeest.", "V.4"),
        ("Als operator stuur je mee het walsproces aan.", "II.12.5"),
        ("Je stuurt de offertes en facturen aan de klant.", "II.12.5"),
        ("Met onze software kunnen vervoerders hun chauffeurs aansturen.", "II.12.5"),
        ("Je werkt onder leiding van een ervaren ploegbaas.", "II.12.5"),
        ("Je zit op kantoor; af en toe loop je een ronde door de hal.", "IV.17"),
        ("Naaister. Het meeste werk doe je zittend aan je eigen machine in ons atelier.", "V.4"),
        ("Je voert onderhoud uit aan koelcellen, toonbanken en ovens.", "V.3"),
        ("Nieuwsgierig? Kom gerust eens langs in de winkel.", "II.12.1"),
        # the tills' software and takings, not work at a till
        ("Je beheert de kassasystemen van onze filialen.", "V.3"),
        ("Je stemt de kassaomzet van de filialen af met de bank.", "II.12.1"),
        ("Je analyseert kassa-, voorraad- en klantenkaartgegevens.", "V.3"),
        # a shop at night is closed; a care home's name is no evening
        ("Vakkenvuller. Je loopt de hele nacht door de winkel.", "II.12.1"),
        ("Kok gezocht voor Huize Avondrood.", "VI.1.1"),
        ("Jongeren vanaf 16 jaar zijn welkom.", "II.12.2"),
        ("Je boekt de vorderingen en schulden van de vennootschap.", "II.6"),
        ("Als interim-manager leid je organisaties in crisis door de reorganisatie.", "II.6"),
        # the guests' night out, a project dragged over the line, a trip, a break room
        ("Je vangt gasten op die laat thuiskomen van een avondje uit.", "VI.1.1"),
        ("Je sleept het project over de finish.", "IV.13"),
        ("Met de klas maak je een tocht door het bos.", "III.2"),
        ("Je pauzeert in een warme pauzeruimte met koffie.", "III.1.1"),
        # someone else handles the goods; one who stands at the till now and then
        ("Grote leveringen worden door onze magazijnier verwerkt.", "IV.13"),
        ("Je draait mee achter de kassa als het druk is.", "V.3"),
        ("Je werkt grotendeels staand aan de weegtafel en loopt vaak naar het magazijn.", "V.3"),
        ("Je bent de hele dag op je benen te staan gewend.", "IV.17"),
        ("Je schakelt met de bediening over de tafels.", "IV.17"),
        ("Vragen? Bel met Pieter Jansen, HR-manager.", "II.12.5"),
        # other people's shifts, a figure of speech, a colleague's forklift, the marketer's
        # customers, a company's creed, a hand now and then at the bar, a freezer, clock times
        ("Je adviseert de teamleiders van de dag-, avond- en nachtploeg.", "VI.1.2"),
        ("Help jij ons merk naar een hoger level te tillen?", "IV.13"),
        ("Volle pallets worden door een collega met de heftruck weggereden.", "II.11"),
        ("Zware onderdelen worden met de takel naar de werkbank gebracht.", "IV.13"),
        ("Je bedenkt campagnes die nieuwe klanten binnenhalen.", "II.12.1"),
        ("Eerlijk advies en een persoonlijke band met onze klanten: daar staan we voor.",
         "II.12.1"),
        ("Op festivaldagen help je bij de ingang of achter de bar.", "V.3"),
        ("Je werkt in een diepvriescel van 30 - 35 graden onder nul.", "III.1.1"),
        ("Een vaste job van 7u tot 16u, maandag tot vrijdag.", "VI.3"),
        # who coaches the reader, an HR adviser, a goldsmith seated at the worktable (SEATED
        # keeps the new worktable from standing her up), a plant's size, the
        # drivers a guard lets in, a patient's turntable, the desk now and then, an optional
        # certificate named as half of a joined compound
        ("Een vaste consulent die je coacht en bij wie je terecht kunt.", "II.12.5"),
        ("Je ondersteunt leidinggevenden bij functioneringsgesprekken.", "II.12.5"),
        ("Aan je werktafel, grotendeels zittend, zet je stenen.", "V.3"),
        ("Met 200 medewerkers en 6 productielijnen zijn wij marktleider.", "V.3"),
        ("Je registreert bezoekers, chauffeurs en leveranciers aan de poort.", "II.11"),
        ("Hulpmiddelen zoals een tillift en een draaischijf staan klaar.", "IV.3"),
        ("Heel af en toe neem je de balie over.", "II.12.1"),
        ("Een heftruck- of reachtruckcertificaat is een pré.", "II.11"),
        ("Je werkt in een kantoor op vijf minuten te voet van het station.", "IV.17"),
        # a data platform lifted to a higher level, a forklift loading a lorry, rolls of cloth
        # the warehouse lays out, a hand pallet truck, a planner's drivers, hours a week in a
        # title, a watchmaker cleaning a movement and seated all day, a quick mind
        ("Je tilt onze data-infrastructuur samen met de data engineers naar een hoger niveau.",
         "IV.13"),
        ("Je laadt en lost vrachtwagens met je reachtruck aan de laadkaaien.", "IV.13"),
        ("De rollen stof van 20 à 30 kilo worden door het magazijn op de tafel gelegd.",
         "IV.13"),
        ("Je rijdt stapels papier aan met de handpompwagen.", "II.11"),
        ("Je plant de ritten van ca. 35 chauffeurs in het TMS.", "II.11"),
        ("Helpende Zorg & Welzijn voor onze woongroep - 16 tot 24 uur", "VI.1.2"),
        ("Je demonteert, reinigt en reviseert mechanische uurwerken.", "III.3"),
        ("Voor ons atelier zoeken we een horlogemaker die de hele dag zittend aan de werkbank "
         "werkt.", "V.4"),
        ("Je houdt overzicht onder druk en schakelt snel.", "I.8.5"),
        # a career ladder, a rep travelling by car, others who move the furniture, a quality
        # officer walking between the lines, a planner linking the workshop, a dishwasher's
        # racks, a bike courier, a visit now and then, a hand pallet truck, an analyst's pick
        # rates, hands that unload
        ("Je groeit door via ons engineering ladder-model.", "IV.19"),
        ("Je bent veel onderweg: je bezoekt installateurs in heel Limburg.", "IV.17"),
        ("Zware kasten worden verplaatst door onze magazijniers.", "V.4"),
        ("Zware kasten worden verplaatst door onze magazijniers.", "IV.17"),
        ("Je bent de hele dienst onderweg tussen de productielijnen en het lab.", "V.3"),
        ("Je bent de spil tussen de klanten, de planners en de werkplaats.", "V.4"),
        ("Je spoelt de borden af en laadt de rekken van de vaatwasser.", "IV.13"),
        ("Als bezorger ben je veel onderweg met de fiets.", "II.11"),
        ("Als wijkagent ben je veel onderweg te voet.", "II.11"),
        ("Je bedient een klant met persoonlijke aandacht.", "V.4"),
        ("Volle dozen worden door de heftruckchauffeur afgevoerd.", "II.11"),
        ("Je plant de ritten en overlegt elke ochtend met onze magazijniers.", "V.4"),
        ("Je plant de ritten en overlegt elke ochtend met onze magazijniers.", "IV.17"),
        ("Af en toe ga je mee naar een klant voor een demonstratie.", "II.12.1"),
        ("Jij rijdt de rolcontainers met de handpallettruck naar de afdeling.", "II.11"),
        ("Je analyseert pickrates en doorlooptijden in Power BI.", "I.8.5"),
        ("Bij inbound los je de containers met de hand.", "IV.3"),
        # standard operating procedures, and solvents a lab handles in the fume hood
        ("Je werkt met SOP's en houdt het logboek bij.", "III.3"),
        # shops that order, passengers and goods a forklift brings, a wheelbarrow, a watch
        # cleaned as a repair step, the company's own customers, an invitation to apply
        ("Je verzamelt de bestellingen van winkels met een handscanner.", "II.12.1"),
        ("Een nieuwe bedrijfsbus voor de ploeg (je rijdt mee met de voorman).", "II.11"),
        ("Kisten met vis worden met de heftruck aangevoerd.", "II.11"),
        ("Je rijdt met de kruiwagen heen en weer tussen de hokken.", "II.11"),
        ("Revisie van uurwerken: demonteren, reinigen, oliën en afstellen.", "III.3"),
        ("Een afwerkingsbedrijf dat badkamers plaatst bij particulieren zoekt een tegelzetter.",
         "II.12.1"),
        ("Stuur je cv naar jobs@bakkerij.be of kom gewoon eens langs in de winkel.", "II.12.1"),
        # seated at the workbench in a workshop: the workshop stands no one up
        ("Zittend aan je eigen werkbank in ons atelier zet je stenen in ringen.", "V.4"),
        ("Extracties met oplosmiddelen doe je in de zuurkast.", "III.3"),
        # standing now and then, walking rounds, pruning, and the choice of sitting or standing
        ("Bij drukte spring je bij op de kassa.", "V.3"),
        # standing beside someone without a time is support, not a post
        ("Als coach sta je naast de ondernemer.", "V.3"),
        ("Je doet elke dienst rondes langs de verpakkingslijnen.", "V.3"),
        ("In de boomgaard knipt hij waterloten en scheuten weg.", "V.3"),
        ("Je werkt afwisselend zittend en staand in het labo.", "V.2"),
        # a career step, a crane's load, colleagues and a patient's turntable
        ("Wie wil, kan doorgroeien naar CNC-programmeur.", "V.2"),
        ("Vanuit de cabine hijs je bekisting en wapening.", "IV.13"),
        ("Vanuit de cabine hijs je zware lasten naar de bovenste verdieping.", "IV.13"),
        ("Onze fietsenmakers doen het onderhoud.", "IV.3"),
        ("Je zet de bewoner op de draaischijf.", "IV.3"),
        # hands that move loads instead of a machine, scrub pots or refold a shop's clothes;
        # goods, returns and waste sorted between other tasks; packers and a masseur among
        # the staff, a massage as a perk; "handmatig" says only: not by machine
        ("Stukken tot 20 kg pak je met de hand, zwaardere met de takel.", "IV.3"),
        ("Waar het kan de steekkar, maar veel gaat toch met de hand.", "IV.3"),
        ("Pannen en ovenplaten schrob je met de hand.", "IV.3"),
        ("Je helpt klanten, vouwt en hangt kleding en rekent af.", "IV.3"),
        ("Je sorteert retouren en boekt ze terug in het systeem.", "IV.3"),
        ("Na de markt sorteer je het afval.", "IV.3"),
        ("Je leidt een ploeg van 30 orderpickers en inpakkers.", "IV.3"),
        ("Ons team bestaat uit fysiotherapeuten en een sportmasseur.", "IV.3"),
        ("Elke maand een gratis massage op kantoor.", "IV.3"),
        ("Als handmatige veger houd je de straten schoon.", "IV.3"),
        # behind the scenes, a seat taken briefly, a round a few times a night
        ("Achter de schermen zit je in een hecht team.", "V.2"),
        ("Achter de schermen regelt ons team de planning.", "IV.4"),
        ("Aan de onthaalbalie zit je maar kort.", "V.2"),
        ("Een paar keer per nacht loop je een ronde over het terrein.", "IV.17"),
        # a business, a market or other people on the move, a building by the road, care or
        # records in one place, an office chair among the perks, a bar one walks between
        ("Wij zijn een organisatie die volop in beweging is.", "V.4"),
        ("Je weet mensen in beweging te krijgen.", "V.4"),
        ("We groeien in een markt die continu in beweging is.", "IV.17"),
        ("Je bent een leider die mensen in beweging krijgt.", "IV.17"),
        ("Het is een sector die voortdurend in beweging is.", "IV.17"),
        ("Ons pand staat langs de A12, vlak bij de afrit.", "V.4"),
        ("In ons gezondheidscentrum vind je alle zorg op één plek.", "V.3"),
        ("Al je roosters staan op één plek in de app.", "V.3"),
        ("We willen dat alle klantgegevens op één plek staan.", "V.3"),
        ("Je krijgt een laptop en een bureaustoel.", "V.3"),
        ("Je bent de hele avond in de weer tussen de keuken, de toog en het terras.", "V.3"),
        # the installation outside, a seam ironed flat, scanning without a count
        ("De installatie staat buiten, dus je meet in weer en wind.", "V.4"),
        ("Je naait de kragen en strijkt de naden plat.", "V.4"),
        ("Je scant de boodschappen en rekent af.", "IV.3"),
        ("Je plooit plaatwerk op de cnc-kantpers.", "IV.3"),
        ("Je typt blind met tien vingers.", "IV.3"),
        # goods wheeled into the shop, bread due in it, a manager addressing his own staff
        ("Je rijdt de rolcontainers vanuit het magazijn de winkel in.", "II.12.1"),
        ("Omdat de kranten voor zes uur in de winkel moeten liggen, werk je vlot door.", "II.12.1"),
        ("Je loopt door de hallen en spreekt je mensen aan.", "II.12.1"),
        # busy now and then, on foot to the office
        ("Soms ben je in de weer op een beurs.", "V.4"),
        ("Ons kantoor ligt op vijf minuten te voet van het station.", "V.4"),
        ("Je gaat te voet of met de fiets naar je werk.", "IV.17"),
        ("Vanaf het station loop je te voet naar ons kantoor.", "V.4"),
        # a machine packs, a carer is the family's contact person for others
        ("De stollen worden automatisch verpakt in dozen.", "IV.3"),
        ("De robot pakt de zakken in dozen.", "IV.3"),
        ("Je bent het aanspreekpunt voor je collega's op de afdeling.", "II.12.1"),
        # spotless, and an overtime allowance among the perks
        ("Je zorgt dat de winkel er piekfijn bij ligt.", "I.8.4"),
        ("Toeslagen voor nachtwerk en overwerk.", "I.8.4"),
        # busy as a reason to hire, a calm place, full order books, a massage's pressure
        ("Vanwege de drukte zoeken wij een ervaren tegelzetter.", "I.8.4"),
        ("Ons kantoor ligt rustig, ver van de drukte van de stad.", "I.8.4"),
        ("Het werk is afwisselend en niet hectisch.", "I.8.4"),
        ("Onze orderboeken zitten vol.", "I.8.4"),
        ("Je past de druk aan op de wens van de gast.", "I.8.4"),
        # ironing a horseshoe to fit, a freezer's cold
        ("Bij het warm aanpassen van de ijzers komt rook vrij.", "III.1.1"),
        ("In de vriescel werk je bij -30 graden.", "III.1.1"),
        # the Flemish baker's mate is no guest
        ("Bakker-gast gezocht voor onze ambachtelijke bakkerij.", "II.12.1"),
        # a mail address is no till, and its dots do not end the sentence on applying
        ("Je rijdt naar klanten. Mail je cv naar vacatures@kassacom.nl.", "V.4"),
        ("Solliciteren kan via jobs@terreien.be of telefonisch bij Nathalie.", "IV.4"),
        ("Meer over ons lees je op www.kassa-outlet.nl.", "V.4"),
    ],
)
def test_lookalike_gives_no_demand(text: str, key: str) -> None:
    assert key not in extract_demands(text)


def test_negation_does_not_cross_a_comma() -> None:
    assert "II.11" in extract_demands("Geen ervaring nodig, wel rijbewijs B.")


@pytest.mark.parametrize("text", [
    "Je tilt geen cliënten; daarvoor is er een plafondlift.",
    "In deze woongroep hoef je geen bewoners zelf op te tillen.",
])
def test_ruling_out_lifting_people_keeps_the_people(text: str) -> None:
    """The negation is about the handling: the clients are still there, no lifting is asked."""
    demands = extract_demands(text)
    assert demands["II.12.2"].value == 1
    assert "IV.13" not in demands


def test_ruling_out_the_people_themselves_is_still_a_negation() -> None:
    demands = extract_demands("Je hebt in deze functie geen contact met cliënten.")
    assert demands["II.12.2"].value == 0


def test_heavier_loads_left_to_a_crane_cap_the_lifting_without_contradicting_it() -> None:
    demands = extract_demands("Je tilt dozen tot 20 kg; zware onderdelen worden met de rolbrug "
                              "verplaatst.")
    assert demands["IV.13"].value == 20
    assert not demands.contradictions


def test_an_aid_that_only_helps_leaves_the_lifting() -> None:
    text = "Je vervangt zware onderdelen (er zijn hulpmiddelen, maar niet alles kan ermee)."
    assert extract_demands(text, second_reading=False)["IV.13"].value == 25


@pytest.mark.parametrize("text", [
    "Je staat aan de inpaktafel. Je vindt het niet erg om lang op één plek te staan.",
    "Je werkt in de spoelkeuken en vindt het niet erg om de hele dag te staan.",
])
def test_not_minding_a_demand_takes_it_on(text: str) -> None:
    demands = extract_demands(text)
    assert demands["V.3"].value == 60 and demands["V.4"].value == 8
    assert demands.contradictions == []


def test_contradiction_keeps_both_snippets() -> None:
    text = "Geen nachtdiensten! Het rooster is volcontinu, inclusief nachten."
    demands = extract_demands(text)
    assert [c.item for c in demands.contradictions] == ["VI.1.2"]
    contradiction = demands.contradictions[0]
    assert "volcontinu" in contradiction.positive
    assert "Geen nachtdiensten" in contradiction.negative


def test_structured_fields_use_source_jsonld() -> None:
    structured = {
        "physicalRequirement": "Tillen tot 20 kg",
        "workHours": ["Dagdienst", "Nachtdienst"],
        "sensoryRequirement": {"description": "Werken in lawaai"},
    }
    demands = extract_demands("", structured)
    assert {k: d.source for k, d in demands.items()} == {
        "IV.13": "jsonld", "VI.1.2": "jsonld", "III.6": "jsonld"}
    assert demands["IV.13"].value == 20


def test_seated_requirement_field_stands_no_job_word_up() -> None:
    """A requirement field that seats the reader counts though the text is read before it."""
    demands = extract_demands("Kassamedewerker supermarkt. Je rekent de boodschappen af.",
                              {"physicalRequirement": "Je zit aan de kassa"})
    assert "V.3" not in demands and "V.4" not in demands
    assert demands["V.2"].source == "jsonld"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t",
        "Warehouse operative, lifting up to 25 kg, night shifts.",
        "<p>Tillen &amp; <b>sjouwen</b></p><script>var x = '25 kg';</script>",
        "tillen " * 200_000,
        "9" * 50_000 + " kg tillen",
        "Geen geen geen niet niet zonder",
    ],
)
def test_odd_input_never_crashes(text: str) -> None:
    demands = extract_demands(text, {"physicalRequirement": None, "workHours": 42})
    for key in demands:
        fml.split_key(key)


def test_every_lexicon_key_is_a_valid_fml_key() -> None:
    from ingest.lexicon import RULES

    for rule in RULES:
        for key, _ in rule.demands:
            fml.split_key(key)


def test_to_vacancy_fills_demands() -> None:
    raw = RawPosting(
        source="test", item_id="1", title="Orderpicker koelcel",
        description="<p>Je tilt dozen tot 20 kg en werkt in 2-ploegen.</p>",
        structured={"physicalRequirement": "Veel lopen"},
    )
    demands = to_vacancy(raw).demands
    assert demands["IV.13"]["value"] == 20
    assert demands["III.1.2"]["source"] == "text"
    assert demands["VI.1.1"]["unit"] == "conditie"
    assert "item" not in demands["IV.13"]


def test_lexicon_time_grows_linearly_with_the_text() -> None:
    """Catches runaway patterns (backtracking over the whole text) as a ratio measured in the
    same run, not as a time a slower machine may miss; bench/demands_eval.py reports the real
    throughput. Four times the text takes about four times as long; a pattern that backtracks
    over the whole text grows with its square (sixteen times)."""
    sentence = ("Voor ons distributiecentrum zoeken wij een orderpicker. Je werkt in 2-ploegen, "
                "tilt dozen tot 15 kg en hebt rijbewijs B. ")

    def best_of_three(text: str) -> float:
        return min(timeit.repeat(lambda: extract_demands(text), number=10, repeat=3))

    assert best_of_three(sentence * 40) < 8 * best_of_three(sentence * 10)


def test_cli_prints_table_and_json() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["demands", "Je tilt tot 25 kg in de vriescel."])
    assert result.exit_code == 0, result.output
    assert "IV.13" in result.output and "Tillen" in result.output
    result = runner.invoke(cli, ["demands", "--json", "-"], input="Geen nachtdiensten. Volcontinu.")
    assert result.exit_code == 0, result.output
    assert '"VI.1.2"' in result.output and "tegenstrijdig" in result.output


def test_long_text_is_read_window_by_window_with_the_same_result(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A long ad is scanned only around the words that trigger a rule; that must find exactly
    what scanning the whole text finds, also near the stretches' edges."""
    filler = "Wij zijn een groeiend familiebedrijf met een informele sfeer en korte lijnen. " * 30
    text = (f"Orderpicker in de nachtploeg. {filler}Je tilt dozen tot 23 kg en werkt in een "
            f"hoog tempo. {filler}Geen klantcontact. Werktijden 22:00-06:30, 38 uur per week. "
            f"{filler}Je leidinggevende is de teamleider.")
    assert len(text) > demands_module.WINDOWED_FROM
    windowed = extract_demands(text)
    monkeypatch.setattr(demands_module, "WINDOWED_FROM", len(text) + 1)
    whole = extract_demands(text)
    assert {k: (d.value, d.evidence) for k, d in windowed.items()} == {
        k: (d.value, d.evidence) for k, d in whole.items()}
    assert windowed["IV.13"].value == 23 and windowed["VI.2"].value == 8
    assert windowed["II.12.1"].value == 0 and "II.12.5" not in windowed


EVALUATION_TEXTS = Path(__file__).parent / "data" / "demands_eval.yaml"
BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_looking_rules_up_by_their_hint_words_finds_what_running_every_rule_finds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule only runs when a word of the text starts with one of its hint words. A hint word
    missing from a phrase the rule reads would make the rule silently skip that phrase, so on
    the evaluation texts the lookup must find exactly what running every rule everywhere finds."""
    texts = [case["text"] for case in yaml.safe_load(EVALUATION_TEXTS.read_text(encoding="utf-8"))]
    looked_up = [extract_demands(text) for text in texts]
    every_rule = tuple(range(len(RULES)))
    monkeypatch.setattr(demands_module, "_triggered", lambda word: every_rule)
    monkeypatch.setattr(demands_module, "WINDOWED_FROM", demands_module.MAX_CHARS + 1)
    for text, found in zip(texts, looked_up, strict=True):
        everywhere = extract_demands(text)
        assert {k: (d.value, d.evidence) for k, d in found.items()} == {
            k: (d.value, d.evidence) for k, d in everywhere.items()}, text[:80]
    assert sum(len(found) for found in looked_up) > 3 * len(texts)  # the texts ask things


def _demands_bench():
    spec = importlib.util.spec_from_file_location("demands_eval", BENCH / "demands_eval.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_second_labels_cover_exactly_the_held_out_texts_in_fml_keys() -> None:
    """The second labelling measures labeller agreement on the held-out batches; an id that
    drifts from the evaluation set would silently shrink that check."""
    bench = _demands_bench()
    cases = yaml.safe_load(EVALUATION_TEXTS.read_text(encoding="utf-8"))
    second = yaml.safe_load(bench.SECOND_LABELS.read_text(encoding="utf-8"))
    assert sorted(row["id"] for row in second) == sorted(
        case["id"] for case in cases if case.get("batch") in bench.HELD_OUT)
    for row in second:
        for key in row["demands"]:
            fml.split_key(key)  # raises on a key outside the FML vocabulary


def test_the_report_counts_items_under_target_on_the_held_out_texts_too() -> None:
    """Figures over the whole set include the texts the lexicon was tuned on; the held-out
    figures per item are the honest ones, so the report shows and counts them as well."""
    bench = _demands_bench()
    tuned = {"text": "Je tilt dozen tot 20 kg en werkt in de koelcel.", "batch": 1,
             "id": "t", "demands": ["IV.13", "III.1.2"]}
    held = {"text": "Je werkt in een koelcel van 2 graden en tilt kratten.", "batch": 3,
            "id": "h", "demands": ["IV.13"]}  # the cold store counted as a false positive
    whole, held_out = bench.evaluate([tuned] * 4 + [held]), bench.evaluate([held])
    rows = {row["figure"]: row for row in bench.figures(whole, {"held-out": held_out})}
    assert rows["demands other items under 0.8"]["value"] == 0
    assert rows["demands held-out other items under 0.8"]["note"] == "III.1.2"
    report = bench.markdown(whole, held_out)
    assert "held-out P" in report
    assert "| III.1.2 |" in report and report.split("| III.1.2 |")[1].split("\n")[0].endswith(
        "| 0% | - |")


def test_an_alternative_opening_with_a_group_is_looked_up_by_the_group_words() -> None:
    """Every match of "(?:handen|huid) in aanraking met" starts with one of the group's words;
    an optional group ("(?:in)?paktafel") leaves no word each match starts with."""
    assert lexicon._hints(r"\b(?:(?:handen|huid) in aanraking met|trilnaald)") == (
        "handen", "huid", "trilnaald")
    assert lexicon._hints(r"\b(?:in)?paktafel") == ("",)


_LONG_AD = """Operator extrusie (38 uur per week) - Roosendaal
Kunststof Van Gils produceert folies voor de voedingsindustrie. In onze fabriek wordt in vijf \
ploegen gewerkt en onze chauffeurs leveren dag en nacht aan klanten in heel Europa. Wij zijn \
trots op onze familiecultuur en investeren fors in duurzame grondstoffen en nieuwe lijnen.

Wat ga je doen?
Je bedient de extrusielijn in dagdienst van 07:00 tot 15:30 en controleert de folie op fouten.
"""


def test_company_intro_before_the_tasks_describes_the_employer() -> None:
    found = extract_demands(_LONG_AD)
    assert "VI.1.2" not in found  # the factory's five shifts, not this day job
    assert "II.11" not in found  # the company's drivers
    assert found["VI.2"].value == 8  # the job's own shift, under "Wat ga je doen?"
    assert found["VI.3"].value == 38  # hours in the title line stay the job's


def test_intro_sentence_that_addresses_the_reader_is_the_job() -> None:
    text = _LONG_AD.replace("Wij zijn trots", "Je werkt in vijf ploegen. Wij zijn trots")
    assert extract_demands(text)["VI.1.2"].value == 1



def test_a_heading_line_of_its_own_ends_the_company_intro() -> None:
    text = ("Chef de partie warme keuken - Antwerpen\n"
            "Brasserie De Kaai is een drukke zaak aan het water met 120 couverts en een groot "
            "terras. Ons team van 25 medewerkers staat elke dag klaar om onze gasten te "
            "verwennen met seizoensgerechten.\n"
            "Functie\n"
            "Als chef de partie bak en dresseer je aan je post in de warme keuken.")
    found = extract_demands(text)
    assert "II.12.1" not in found  # the brasserie's guests, met by the floor staff
    assert found["III.1.1"].value == 1  # the hot kitchen after the heading is read


def test_english_task_heading_ends_the_company_intro() -> None:
    text = ("Northfield Fulfilment runs a large distribution centre near Venlo and ships "
            "fashion to customers all over Europe, with trucks leaving day and night from our "
            "own docks. "
            "What will you do? You check incoming goods at a desk and enter them in the WMS.")
    found = extract_demands(text)
    assert "II.12.1" not in found  # the company's customers
    assert "IV.4" in found  # the job itself, after the heading


def test_sentence_on_applying_asks_nothing() -> None:
    text = ("Productiemedewerker, 38 uur. Je staat aan de lijn. "
            "Solliciteer direct of loop binnen bij onze receptie voor een rondleiding.")
    found = extract_demands(text)
    assert "II.12.1" not in found  # the reception desk is where you apply
    assert found["V.3"].value == 60
