// English words that are also names of towns of 1,000 people or more: capitalised at a sentence's
// start, in titles and in headlines, they are words first. As places they need context ("in
// Reading", "Split, Croatia") and a town of some size.
export const COMMON_WORDS = new Set(`
police of mobile bath reading split nice deal independence march may june august liberty
victory unity union progress hope peace justice freedom republic democracy commerce enterprise
university college hospital station central north south east west northern southern eastern
western new old great little upper lower middle grand royal national federal state city town
village center centre market bridge river lake mount mountain valley beach bay harbor harbour
port fort camp park garden springs spring summer winter autumn fall rock stone iron gold silver
golden diamond pearl crystal ocean sea island islands coast land field fields hill hills wood
woods forest green white black red blue brown orange rose lily ivy olive palm pine oak maple
cedar cherry apple lemon lime sugar salt coal march april friday sunday monday tuesday wednesday thursday
saturday christmas easter paradise eden bethlehem goshen canaan providence concord harmony
plenty opportunity energy industry industrial fairview bellevue riverside lakeside hillside
mission temple church chapel abbey castle tower palace hall manor court lodge mill mills
ashley kent essex york orleans dover bristol devon cornwall lincoln
jefferson madison jackson franklin hamilton clinton warren marion monroe adams carter ford
bush trump obama biden kennedy nixon reagan
president minister prime premier government general colonel captain major admiral governor
mayor king queen prince princess duke lord lady sir saint san santa los las el la le de du des
van von al bin ibn abu said says told added also however but and the or for with from this
that these those there here today yesterday tomorrow week month year news times post herald
tribune daily guardian observer telegraph express mirror sun star globe journal gazette
reuters press agency media radio television online internet net web com org
army navy air force forces military troops soldiers rebels militants protesters people
man men woman women child children family home house office office embassy ministry council
congress parliament senate assembly party front movement alliance coalition league unity
border frontier line zone area region district province county municipality
`.split(/\s+/).filter(Boolean));
