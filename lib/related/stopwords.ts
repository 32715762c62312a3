/**
 * Words that never make two papers related. Besides English function words, the list holds the
 * boilerplate of ML abstracts ("we propose a novel method that achieves state-of-the-art results"):
 * words every paper uses, whose overlap says nothing about the topic. Stop words also break phrases,
 * so "learning of new tasks" yields no "learning new" bigram.
 */
const ENGLISH = `a about above after again against all almost also although always am among an and another any
are aren as at be because been before being below between both but by can cannot could did do does doing
done down during each either else even ever every for from further had has have having he her here
hers herself him himself his how however i if in into is it its itself just least less let like made
make makes making many may me might more most much must my myself neither no nor not now of off often
on once one only onto or other others otherwise our ours ourselves out over own per quite rather
same she should since so some still such than that the their theirs them themselves then there
thereby therefore these they this those though through thus to too toward towards under until up upon
us very via was we well were what when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves i.e e.g etc`;

/** Scientific-writing boilerplate: present in most abstracts of every field. */
const ACADEMIC = `abstract paper papers work works propose proposed proposes proposing present presents presented
introduce introduces introduced introducing method methods approach approaches technique techniques
result results show shows showed shown demonstrate demonstrates demonstrated demonstrating
experiment experiments experimental extensive extensively novel new existing previous prior recent
recently current state art sota outperform outperforms outperforming outperformed achieve achieves
achieved achieving significant significantly substantially substantial improve improves improved
improving improvement improvements effective effectively effectiveness efficient efficiently
performance performances better best superior compared comparison compare various several
different including include includes based using use used uses utilize utilizes leverage leverages
leveraging address addresses addressed tackle problem problems challenge challenges challenging
however furthermore moreover additionally specifically particular particularly first second third
two three four five six seven eight nine ten key main important critical crucial typically widely
available code publicly https http github com www org io html available release released
study studies studied analysis analyze investigate investigates investigated evaluation evaluate
evaluates evaluated findings find finds found provide provides provided offer offers enable enables
enabled allow allows allowing able ability paradigm framework frameworks set sets way ways aim aims
example examples consider considered called namely across toward well also yet still even often
significant remain remains remaining wide range variety number numbers simple
simply highly without while strong strongly`;

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(ENGLISH.split(/\s+/).filter(Boolean));
export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${ACADEMIC}`.split(/\s+/).filter(Boolean));
