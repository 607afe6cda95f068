/**
 * `kit/README.txt`: what each file of the shelter kit is and how to open
 * it, in the portal's six languages (issue 15). Plain text, so it opens on
 * any computer. Pure.
 */
interface Options {
  month: string;
  langs: readonly string[];
  zimName: (lang: string) => string;
  siteUrl: string;
  /** The latest changes readers should know, per language (from the build's `/<lang>/changes.json`). */
  changes?: Partial<Record<string, { date: string; text: string }[]>>;
}

/** "Latest changes" in each language. */
const CHANGES_TITLE: Record<string, string> = {
  es: 'Últimos cambios que debes conocer',
  en: 'Latest changes you should know',
  fr: 'Derniers changements à connaître',
  pt: 'Últimas mudanças que você deve conhecer',
  ht: 'Dènye chanjman ou dwe konnen',
  ar: 'آخر التغييرات التي يجب أن تعرفها',
};

/** The newest `max` changes of `lang`, as a plain-text list (empty when there are none). */
export function changesSection(lang: string, list: readonly { date: string; text: string }[] | undefined, max = 5): string {
  if (!list?.length) return '';
  return `\n\n${CHANGES_TITLE[lang] ?? CHANGES_TITLE.es}:\n${list
    .slice(0, max)
    .map((c) => `- ${c.date}: ${c.text}`)
    .join('\n')}`;
}

const TEXT: Record<string, (o: Options) => string> = {
  es: (o) => `ESPAÑOL — Kit para albergues
Este kit lleva el sitio «Migrar con derechos» (${o.month}) a lugares sin internet.

- ${o.zimName('es')} (y uno por idioma): el sitio completo en un archivo ZIM. Se abre con
  Kiwix, gratis: en Android (app «Kiwix» de la tienda), en Windows, macOS o Linux (Kiwix Desktop:
  «Abrir archivo»). Para toda la red de un albergue: kiwix-serve --port 8080 *.zim, y cada teléfono
  abre http://<la-computadora>:8080/. Se puede copiar con una memoria USB.
- directory_es.pdf (y uno por idioma): el directorio de servicios para imprimir (A4), con los
  números de emergencia en la primera página.
- emergency_<país>_es.pdf: un cartel por país con los números de emergencia.
Los datos cambian: imprime de nuevo cada mes${o.siteUrl ? ` y revisa ${o.siteUrl}` : ''}.`,
  en: (o) => `ENGLISH — Shelter kit
This kit takes the "Migrar con derechos" site (${o.month}) where there is no internet.

- ${o.zimName('en')} (and one per language): the whole site in one ZIM file. Open it with
  Kiwix, free: on Android (the "Kiwix" app), on Windows, macOS or Linux (Kiwix Desktop: "Open
  file"). For a whole shelter's network: kiwix-serve --port 8080 *.zim, then every phone opens
  http://<the-computer>:8080/. It can be copied with a USB stick.
- directory_en.pdf (and one per language): the service directory to print (A4), with the
  emergency numbers on the first page.
- emergency_<country>_en.pdf: one poster per country with its emergency numbers.
Details change: print again every month${o.siteUrl ? ` and check ${o.siteUrl}` : ''}.`,
  fr: (o) => `FRANÇAIS — Kit pour les foyers d'accueil
Ce kit apporte le site « Migrar con derechos » (${o.month}) là où il n'y a pas d'internet.

- ${o.zimName('fr')} (et un par langue) : tout le site dans un fichier ZIM. Il s'ouvre avec
  Kiwix, gratuit : sur Android (application « Kiwix »), sur Windows, macOS ou Linux (Kiwix Desktop :
  « Ouvrir un fichier »). Pour tout le réseau d'un foyer : kiwix-serve --port 8080 *.zim, puis chaque
  téléphone ouvre http://<l-ordinateur>:8080/. Il se copie avec une clé USB.
- directory_fr.pdf (et un par langue) : l'annuaire des services à imprimer (A4), avec les numéros
  d'urgence en première page.
- emergency_<pays>_fr.pdf : une affiche par pays avec ses numéros d'urgence.
Les informations changent : imprimez de nouveau chaque mois${o.siteUrl ? ` et consultez ${o.siteUrl}` : ''}.`,
  pt: (o) => `PORTUGUÊS — Kit para abrigos
Este kit leva o site "Migrar con derechos" (${o.month}) a lugares sem internet.

- ${o.zimName('pt')} (e um por idioma): o site inteiro em um arquivo ZIM. Abre com o Kiwix,
  grátis: no Android (aplicativo "Kiwix"), no Windows, macOS ou Linux (Kiwix Desktop: "Abrir
  arquivo"). Para toda a rede de um abrigo: kiwix-serve --port 8080 *.zim, e cada celular abre
  http://<o-computador>:8080/. Pode ser copiado com um pen drive.
- directory_pt.pdf (e um por idioma): o diretório de serviços para imprimir (A4), com os números
  de emergência na primeira página.
- emergency_<país>_pt.pdf: um cartaz por país com os números de emergência.
Os dados mudam: imprima de novo todo mês${o.siteUrl ? ` e confira ${o.siteUrl}` : ''}.`,
  ht: (o) => `KREYÒL AYISYEN — Kit pou kay akèy
Kit sa a pote sit "Migrar con derechos" (${o.month}) kote ki pa gen entènèt.

- ${o.zimName('ht')} (ak youn pou chak lang): tout sit la nan yon fichye ZIM. Ou louvri l ak
  Kiwix, gratis: sou Android (aplikasyon "Kiwix"), sou Windows, macOS oswa Linux (Kiwix Desktop:
  "Louvri fichye"). Pou tout rezo yon kay akèy: kiwix-serve --port 8080 *.zim, epi chak telefòn
  louvri http://<òdinatè-a>:8080/. Ou ka kopye l ak yon kle USB.
- directory_ht.pdf (ak youn pou chak lang): lis sèvis yo pou enprime (A4), ak nimewo ijans yo
  sou premye paj la.
- emergency_<peyi>_ht.pdf: yon afich pou chak peyi ak nimewo ijans li yo.
Enfòmasyon yo chanje: enprime ankò chak mwa${o.siteUrl ? ` epi gade ${o.siteUrl}` : ''}.`,
  ar: (o) => `العربية — حقيبة دور الإيواء
تنقل هذه الحقيبة موقع "Migrar con derechos" (${o.month}) إلى الأماكن التي لا يوجد فيها إنترنت.

- ${o.zimName('ar')} (وملف لكل لغة): الموقع كاملًا في ملف ZIM واحد. يُفتح ببرنامج Kiwix المجاني:
  على أندرويد (تطبيق "Kiwix")، وعلى ويندوز أو ماك أو لينكس (Kiwix Desktop: "فتح ملف"). ولشبكة دار
  إيواء كاملة: kiwix-serve --port 8080 *.zim ثم يفتح كل هاتف http://<الحاسوب>:8080/. ويمكن نسخه
  بذاكرة USB.
- directory_ar.pdf (وملف لكل لغة): دليل الخدمات للطباعة (A4) مع أرقام الطوارئ في الصفحة الأولى.
- emergency_<البلد>_ar.pdf: ملصق لكل بلد بأرقام الطوارئ فيه.
المعلومات تتغير: اطبع من جديد كل شهر${o.siteUrl ? ` وراجع ${o.siteUrl}` : ''}.`,
};

export function KIT_README(o: Options): string {
  const files = o.langs.map((l) => `  ${o.zimName(l)}\n  directory_${l}.pdf`).join('\n');
  return `${Object.entries(TEXT)
    .map(([lang, f]) => f(o) + changesSection(lang, o.changes?.[lang]))
    .join('\n\n----------------------------------------------------------------------\n\n')}\n\n----------------------------------------------------------------------\n\nFiles / Archivos:\n${files}\n`;
}
