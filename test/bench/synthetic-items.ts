import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Words of French news copy, added to those of the shipped items so the text does not repeat. */
const EXTRA_WORDS = `gouvernement ministre président élections député assemblée réforme budget économie croissance
inflation chômage entreprises salariés syndicats grève manifestation police justice tribunal procès enquête
accusé victimes sécurité défense armée frontière réfugiés migrants accord négociations sommet diplomatie
ambassadeur sanctions pétrole énergie climat sécheresse inondations récolte agriculteurs industrie usine
exportations importations marché bourse banque taux monnaie dette investissement infrastructure routes
chemin hôpital médecins santé épidémie vaccin école enseignants élèves université recherche chercheurs
scientifiques découverte culture musée festival cinéma théâtre livre auteur sport football équipe match
victoire défaite championnat olympiques capitale région province village habitants population maire
conseil municipal opposition majorité parti vote scrutin campagne candidat sondage annonce déclaration
communiqué porte-parole conférence presse journalistes agence rapport chiffres hausse baisse semaine mois
année hier aujourd'hui demain matin soir nuit nord sud est ouest centre côte mer montagne fleuve pont
port aéroport vol compagnie transport train autoroute construction projet plan programme mesure loi décret
texte article débat séance commission experts observateurs organisation internationale nations unies
union européenne conseil sécurité résolution cessez-le-feu trêve combats offensive bombardements civils
blessés morts disparus secours humanitaire aide alimentaire eau électricité reconstruction quartier ville
rue place marché commerçants prix loyers logement familles enfants jeunes femmes hommes personnes âgées
selon a déclaré a indiqué a précisé a estimé a rappelé a souligné a ajouté a annoncé affirme explique
plusieurs nombreux certains quelques premier dernier nouveau grande petite important principal national
local public privé officiel récent prochain ancien actuel possible nécessaire difficile rapide lent`;

const CATEGORIES = ["Monde", "Politique", "Économie", "Société", "Culture", "Sport", "Santé", "Sciences", "Environnement", "Syrie", "Irak"];
const CREDITS = ["AFP", "AFP/VNA/CVN", "Reuters", "AP", "VNA", "Le Courrier du Vietnam"];

/**
 * One item every 91 minutes from 2008: 100,000 items end in 2025, so every one is
 * in the past (a future date would make it a scheduled item, shown nowhere).
 */
const FIRST_DATE = Date.UTC(2008, 0, 1, 5, 0);
const STEP_MS = 91 * 60_000;

/**
 * Item `index` (from 1) as the file `bench-NNNNNN.md`: front matter like the
 * shipped items (title, distinct date with an offset, summary, categories,
 * credit) and eight paragraphs of French-looking text, about 2.5 KB. The words
 * are drawn at random from `vocabulary` with the index as seed, so gzip sees
 * text about as compressible as real copy and every run writes the same bytes.
 */
export function syntheticItem(index: number, vocabulary: readonly string[]): { name: string; text: string } {
  const random = mulberry32(index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = (min: number, max: number): string => {
    const words = Array.from({ length: min + Math.floor(random() * (max - min)) }, () => pick(vocabulary));
    if (words.length > 8) words[4] += ",";
    const text = words.join(" ");
    return text.charAt(0).toUpperCase() + text.slice(1) + ".";
  };
  const categories = [...new Set([pick(CATEGORIES), pick(CATEGORIES)])];
  const paragraphs = Array.from({ length: 8 }, () => `${sentence(14, 22)} ${sentence(14, 22)}`);
  const front = [
    "---",
    `title: ${JSON.stringify(sentence(6, 11).slice(0, -1))}`,
    `date: ${offsetDate(FIRST_DATE + index * STEP_MS)}`,
    `summary: ${JSON.stringify(sentence(18, 28))}`,
    "categories:",
    ...categories.map((c) => `  - ${JSON.stringify(c)}`),
    `credit: ${JSON.stringify(pick(CREDITS))}`,
    "---",
  ];
  return { name: `bench-${String(index).padStart(6, "0")}.md`, text: `${front.join("\n")}\n${paragraphs.join("\n\n")}\n` };
}

/** Writes items `first` … `last` (see `syntheticItem`) into the folder `dir`. */
export function writeSyntheticItems(dir: string, first: number, last: number, vocabulary: readonly string[]): void {
  for (let i = first; i <= last; i++) {
    const { name, text } = syntheticItem(i, vocabulary);
    writeFileSync(join(dir, name), text);
  }
}

/** The words of the Markdown files in `itemsDir` (the shipped items), plus a list of news words. */
export function syntheticVocabulary(itemsDir: string): string[] {
  const shipped = readdirSync(itemsDir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => readFileSync(join(itemsDir, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));
  const words = [...shipped, EXTRA_WORDS].join(" ").toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
  return [...new Set(words)];
}

/** `2020-01-01T10:00:00+01:00` for an instant, in a fixed +01:00 zone. */
function offsetDate(utcMs: number): string {
  return `${new Date(utcMs + 3_600_000).toISOString().slice(0, 19)}+01:00`;
}

/** A small seeded PRNG: the same item index always gives the same text. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
