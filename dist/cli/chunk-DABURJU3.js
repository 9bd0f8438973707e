import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/secrets/prefix.ts
var PUBLIC_PREFIX = /^(?:github_pat_|gh[pousr]_|glpat-|gl(?:c|sa)_|xox[abposr]-|xapp-|sk-ant-api\d\d-|sk-proj-|sk-|[sr]k_(?:live|test)_|whsec_|b3sk_|npm_|AKIA|ASIA|AIza|hf_|gsk_|lin_api_|ntn_|SG\.|shp(?:pa|ca|at|ss)_|dckr_pat_|hv[sbr]\.|figd_|tskey-[a-z]+-)/;
function secretPartOf(value) {
  return value.replace(PUBLIC_PREFIX, "");
}
var PREFIXED = /(?<![A-Za-z0-9_])(?:github_pat_|gh[pousr]_|glpat-|gl(?:c|sa)_|xox[abposr]-|xapp-|sk-ant-api\d\d-|sk-proj-|sk-|[sr]k_(?:live|test)_|whsec_|b3sk_|npm_|hf_|gsk_|lin_api_|ntn_|SG\.|shp(?:pa|ca|at|ss)_|dckr_pat_|hv[sbr]\.|figd_|tskey-[a-z]+-)([A-Za-z0-9_-]{16,256}(?:\.[A-Za-z0-9_-]{16,256})?)/g;
function findPrefixedTokens(text) {
  const hits = [];
  for (const match of text.matchAll(PREFIXED)) {
    const tail = match[1];
    if (!looksRandom(tail)) continue;
    hits.push({ kind: "service-api-key", start: match.index, end: match.index + match[0].length, value: match[0] });
  }
  return hits;
}
function looksRandom(tail) {
  if (!/[A-Za-z]/.test(tail)) return false;
  if (/[0-9]/.test(tail)) return new Set(tail).size >= 8;
  return tail.length >= 24 && /[A-Z]/.test(tail) && /[a-z]/.test(tail) && new Set(tail).size >= 14;
}

// src/secrets/context.ts
var LOOKBACK = 64;
var NAME_BEFORE = /([A-Za-z_$][\w$-]*(?:[ ][A-Za-z_$][\w$-]*)?)["'`\]]?\s*(?::=|=>|->|[:=|(,])?\s*["'`]?\s*$/;
var EXPRESSION_FALLBACK = /\{\{[^{}\n]{0,96}?(?:\|\||\?\?)\s*["'`]$/;
function nameBefore(text, start) {
  const window = text.slice(Math.max(0, start - LOOKBACK - 96), start);
  let line = window.slice(window.lastIndexOf("\n") + 1);
  const fallback = EXPRESSION_FALLBACK.exec(line);
  if (fallback) line = line.slice(0, fallback.index);
  line = line.slice(Math.max(0, line.length - LOOKBACK));
  return NAME_BEFORE.exec(line)?.[1].replace(/^(?:export|const|let|var|set|local|readonly) /, "");
}
function normalisedName(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/[0-9]+$/, "");
}
var KEY_NAME_ENDINGS = /(?:privatekey|privkey|secretkey|signingkey|signerkey|deployerkey|walletkey|ownerkey|accountkey|keypair|privatekeytoaccount|fromprivatekey)$/;
var IDENTIFIER_KEY_ENDINGS = /(?:signer|secret)$/;
var IDENTIFIER_KEY_WORDS = /(?:^|[_.-]|[a-z0-9](?=[A-Z]))(?:pk|PK|Pk|wallet|Wallet|WALLET|seed|Seed|SEED)[0-9]*$/;
function isKeyName(name) {
  if (name === void 0) return false;
  const normalised = normalisedName(name);
  if (KEY_NAME_ENDINGS.test(normalised)) return true;
  if (/\s/.test(name)) return false;
  return IDENTIFIER_KEY_ENDINGS.test(normalised) || IDENTIFIER_KEY_WORDS.test(name);
}
function entropyOf(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
var PLACEHOLDER = /\{\{|\$\{|\$\(|<|>|%|process\.env|secrets\.|your|example|placeholder|changeme|dummy|sample|xxxx|replace|insert|redacted|\*\*\*/i;
function isPlaceholder(value) {
  return PLACEHOLDER.test(value) || new Set(value).size < 6;
}
var TOKEN_PLACEHOLDER = /your|YOUR|_here|_HERE|example|EXAMPLE|Example|xxxx|XXXX|placeholder|PLACEHOLDER|changeme|CHANGEME|dummy|DUMMY|redacted|REDACTED|(.)\1{7}/;
function isPlaceholderToken(secretPart) {
  return TOKEN_PLACEHOLDER.test(secretPart) || new Set(secretPart).size < 6;
}

// src/secrets/prefilter.ts
function charClass(regex) {
  const ascii = new Uint8Array(128);
  for (let code = 0; code < 128; code++) ascii[code] = regex.test(String.fromCharCode(code)) ? 1 : 0;
  return { ascii, regex };
}
function holds(cls, text, at) {
  const code = text.charCodeAt(at);
  return code < 128 ? cls.ascii[code] === 1 : cls.regex.test(text[at]);
}
function hasRun(text, cls, length) {
  for (let probe = length - 1; probe < text.length; probe += length) {
    if (!holds(cls, text, probe)) continue;
    let start = probe;
    while (start > probe - length + 1 && start > 0 && holds(cls, text, start - 1)) start--;
    let end = probe + 1;
    while (end - start < length && end < text.length && holds(cls, text, end)) end++;
    if (end - start >= length) return true;
  }
  return false;
}
function nameEndingHint(endings) {
  return new RegExp(endings.map((ending) => [...ending].join("[-_$ ]*")).join("|"), "i");
}

// src/secrets/assignments.ts
var KEY_CHAR = /[A-Za-z0-9_\-+/=.~]/;
var VALUE = new RegExp(`(?<=[:=|(,\\s"'\`])["'\`]?(${KEY_CHAR.source}{16,256})(?!${KEY_CHAR.source})`, "g");
var NAMED = [
  // secretlint finds an AWS secret key only in the shapes of AWS's own files, not in prose or tables.
  [["secretaccesskey", "awssecretkey"], "cloud-credential"],
  [["webhooksecret", "signingsecret", "hmacsecret", "webhooksigningkey", "signingkey", "webhookkey"], "webhook-signing-secret"],
  [["apikey", "apitoken", "apisecret", "accesstoken", "authtoken", "clientsecret", "bearer", "authorizationbearer"], "service-api-key"]
];
var VALUE_CHAR = charClass(KEY_CHAR);
var NAME_HINT = nameEndingHint(NAMED.flatMap(([endings]) => endings));
function mayHoldNamedSecret(text) {
  return NAME_HINT.test(text) && hasRun(text, VALUE_CHAR, 16);
}
function findNamedSecrets(text) {
  const hits = [];
  for (const match of text.matchAll(VALUE)) {
    const value = match[1];
    const start = match.index + match[0].length - value.length;
    const name = nameBefore(text, match.index);
    const kind = name === void 0 ? void 0 : kindOfName(name);
    if (kind && looksRandom2(value)) hits.push({ kind, start, end: start + value.length, value, name });
  }
  return hits;
}
function kindOfName(name) {
  const normalised = normalisedName(name);
  return NAMED.find(([endings]) => endings.some((ending) => normalised.endsWith(ending)))?.[1];
}
function looksRandom2(value) {
  return !isPlaceholder(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && entropyOf(value) >= 3.5 && !value.includes("://");
}

// src/secrets/key-lists.ts
var BRACKET_LIST = /([A-Za-z_$][\w$-]*)["'`]?[ \t]*(?::|=)[ \t]*\[/g;
var YAML_BLOCK_KEY = /^([ \t]*)(?:- )?["']?([A-Za-z_$][\w$-]*)["']?:[ \t]*(?:[|>][-+]?[0-9]?)?[ \t]*\r?$/gm;
var MAX_LIST_CHARS = 64 * 1024;
var MAX_BLOCK_LINES = 256;
function isKeyListName(name) {
  const normalised = normalisedName(name);
  return normalised === "accounts" || isKeyName(name) || isKeyName(name.replace(/s$/, ""));
}
function keyListRanges(text) {
  const ranges = [];
  for (const match of text.matchAll(BRACKET_LIST)) {
    if (!isKeyListName(match[1])) continue;
    const start = match.index + match[0].length;
    const close = text.slice(start, start + MAX_LIST_CHARS).indexOf("]");
    ranges.push({ start, end: close < 0 ? Math.min(text.length, start + MAX_LIST_CHARS) : start + close, name: match[1] });
  }
  for (const match of text.matchAll(YAML_BLOCK_KEY)) {
    if (!isKeyListName(match[2])) continue;
    const indent = match[1].length;
    const start = match.index + match[0].length;
    let end = start;
    let at = start;
    for (let n = 0; n < MAX_BLOCK_LINES && at < text.length; n++) {
      const lineStart = at + 1;
      const next = text.indexOf("\n", lineStart);
      const lineEnd = next < 0 ? text.length : next;
      const line = text.slice(lineStart, lineEnd);
      if (line.trim() !== "") {
        const lineIndent = line.length - line.trimStart().length;
        if (lineIndent < indent || lineIndent === indent && !line.trimStart().startsWith("- ")) break;
        end = lineEnd;
      }
      at = lineEnd;
    }
    if (end > start) ranges.push({ start, end: Math.min(end, start + MAX_LIST_CHARS), name: match[2] });
  }
  return ranges.sort((a, b) => a.start - b.start);
}
function listNameAt(ranges, offset) {
  for (let i = upperBound(ranges, offset) - 1; i >= 0 && offset - ranges[i].start <= MAX_LIST_CHARS; i--) if (offset < ranges[i].end) return ranges[i].name;
  return void 0;
}
function upperBound(ranges, offset) {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (ranges[mid].start <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

// src/secrets/well-known.ts
var HARDHAT_MNEMONIC = "test test test test test test test test test test test junk";
var HARDHAT_KEYS = [
  "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
  "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
  "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
  "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
  "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
  "92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
  "4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
  "dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
  "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
  "f214f2b2cd398c806f84e317254e0f0b801d0643303237d97a22a48e01628897",
  "701b615bbdfb9de65240bc28bd21bbc0d996645a3dd57e7b12bc2bdf6f192c82",
  "a267530f49f8280200edf313ee7af6b827f2a8bce2897751d06a843f644967b1",
  "47c99abed3324a2707c28affff1267e45918ec8c3f20b8aa892e8b065d2942dd",
  "c526ee95bf44d8fc405a158bb884d9d1238d99f0612e9f33d006bb0789009aaa",
  "8166f546bab6da521a8369cab06c5d2b9e46670292d85c875ee9ec20e84ffb61",
  "ea6c44ac03bff858b476bba40716402b03e41b8e97e276d1baec7c37d42484a0",
  "689af8efa8c651a91ad287602527f3af2fe9f6501a7ac4b061667b5a93e037fd",
  "de9be858da4a475276426320d5e9262ecfc3ba460bfac56360bfa6c4c28b4ee0",
  "df57089febbacf7ba0bc227dafbffa9fc08a93fdc68e1e42411a14efcf23656e"
];
var KNOWN_KEYS = new Map(HARDHAT_KEYS.map((key, i) => [key, `private key of Hardhat/Anvil test account #${i}`]));
var KNOWN_MNEMONICS = /* @__PURE__ */ new Map([
  [HARDHAT_MNEMONIC, "Hardhat/Anvil test mnemonic"],
  [`${"abandon ".repeat(11)}about`, "BIP-39 test vector (Trezor) mnemonic"],
  [`${"abandon ".repeat(23)}art`, "BIP-39 test vector (Trezor) mnemonic"],
  ["legal winner thank year wave sausage worth useful legal winner thank yellow", "BIP-39 test vector (Trezor) mnemonic"]
]);
function wellKnownKey(hex) {
  return KNOWN_KEYS.get(hex.toLowerCase());
}
function wellKnownMnemonic(words) {
  return KNOWN_MNEMONICS.get(words);
}

// src/secrets/evm-key.ts
var HEX_DIGIT = /[0-9a-fA-F]/;
var KEY_DIGITS = 64;
var HEX_64 = new RegExp(`(?<![0-9A-Za-z])(0x)?(${HEX_DIGIT.source}{${KEY_DIGITS}})(?![0-9A-Za-z])`, "g");
var HEX_CLASS = charClass(HEX_DIGIT);
function mayHoldEvmKey(text) {
  return hasRun(text, HEX_CLASS, KEY_DIGITS);
}
var PREVIOUS_ENTRY = /^x?[0-9a-fA-F]+$/;
var CURVE_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
function findEvmKeys(text) {
  const hits = [];
  let lists;
  for (const match of text.matchAll(HEX_64)) {
    const hex = match[2];
    if (!isPlausibleKey(hex)) continue;
    let name = nameBefore(text, match.index);
    if (!isKeyName(name)) name = name === void 0 || PREVIOUS_ENTRY.test(name) ? listNameAt(lists ??= keyListRanges(text), match.index) : void 0;
    if (name === void 0) continue;
    const wellKnown = wellKnownKey(hex);
    hits.push({ kind: "evm-private-key", start: match.index, end: match.index + match[0].length, value: hex, name, ...wellKnown ? { wellKnown } : {} });
  }
  return hits;
}
function isPlausibleKey(hex) {
  const value = BigInt(`0x${hex}`);
  return value > 0n && value < CURVE_ORDER && new Set(hex.toLowerCase()).size >= 8;
}

// src/secrets/escapes.ts
var MAX_STRING = 4096;
var HIDING = /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|U[0-9a-fA-F]{8}|\/|\r?\n)/;
var ESCAPED_BREAK = /\\\r?\n[ \t]*/y;
var SIMPLE = { n: "\n", r: "\r", t: "	", b: "\b", f: "\f", "0": "\0", '"': '"', "\\": "\\", "/": "/", "'": "'", " ": " " };
function decodedStrings(raw) {
  if (!HIDING.test(raw)) return void 0;
  let text = "";
  const offsets = [];
  const add = (chars, at) => {
    text += chars;
    for (let i = 0; i < chars.length; i++) offsets.push(at);
  };
  let copiedTo = 0;
  for (const match of quotedStrings(raw)) {
    if (!HIDING.test(match[1])) continue;
    const open = match.index;
    const from = Math.max(open - 160, copiedTo, 0);
    const lineStart = from + raw.slice(from, open).lastIndexOf("\n") + 1;
    copiedTo = open + match[0].length;
    for (let i = lineStart; i <= open; i++) add(raw[i], i);
    const body = match[1];
    const base = open + 1;
    for (let i = 0; i < body.length; ) {
      if (body[i] !== "\\") {
        add(body[i], base + i);
        i += 1;
        continue;
      }
      ESCAPED_BREAK.lastIndex = i;
      const joined = ESCAPED_BREAK.exec(body);
      if (joined) {
        i += joined[0].length;
        continue;
      }
      const c = body[i + 1];
      const width = c === "u" ? 4 : c === "x" ? 2 : c === "U" ? 8 : 0;
      const hex = body.slice(i + 2, i + 2 + width);
      if (width > 0 && hex.length === width && /^[0-9a-fA-F]+$/.test(hex)) {
        const code = Number.parseInt(hex, 16);
        add(code <= 1114111 ? String.fromCodePoint(code) : "?", base + i);
        i += 2 + width;
      } else {
        add(SIMPLE[c] ?? c, base + i);
        i += 2;
      }
    }
    add('"\n', open + match[0].length - 1);
  }
  return text === "" ? void 0 : { text, rawOffsets: Int32Array.from(offsets) };
}
function* quotedStrings(raw) {
  let at = raw.indexOf('"');
  while (at >= 0) {
    let i = at + 1;
    while (i < raw.length && i - at <= MAX_STRING && raw[i] !== '"' && raw[i] !== "\n") i += raw[i] !== "\\" ? 1 : raw[i + 1] === "\r" && raw[i + 2] === "\n" ? 3 : 2;
    if (raw[i] === '"' && i > at + 1 && i - at <= MAX_STRING + 1) {
      yield { index: at, 0: raw.slice(at, i + 1), 1: raw.slice(at + 1, i) };
      at = raw.indexOf('"', i + 1);
    } else {
      at = raw.indexOf('"', Math.max(i, at + 1));
    }
  }
}

// node_modules/@scure/bip39/wordlists/english.js
var wordlist = /* @__PURE__ */ Object.freeze(`abandon
ability
able
about
above
absent
absorb
abstract
absurd
abuse
access
accident
account
accuse
achieve
acid
acoustic
acquire
across
act
action
actor
actress
actual
adapt
add
addict
address
adjust
admit
adult
advance
advice
aerobic
affair
afford
afraid
again
age
agent
agree
ahead
aim
air
airport
aisle
alarm
album
alcohol
alert
alien
all
alley
allow
almost
alone
alpha
already
also
alter
always
amateur
amazing
among
amount
amused
analyst
anchor
ancient
anger
angle
angry
animal
ankle
announce
annual
another
answer
antenna
antique
anxiety
any
apart
apology
appear
apple
approve
april
arch
arctic
area
arena
argue
arm
armed
armor
army
around
arrange
arrest
arrive
arrow
art
artefact
artist
artwork
ask
aspect
assault
asset
assist
assume
asthma
athlete
atom
attack
attend
attitude
attract
auction
audit
august
aunt
author
auto
autumn
average
avocado
avoid
awake
aware
away
awesome
awful
awkward
axis
baby
bachelor
bacon
badge
bag
balance
balcony
ball
bamboo
banana
banner
bar
barely
bargain
barrel
base
basic
basket
battle
beach
bean
beauty
because
become
beef
before
begin
behave
behind
believe
below
belt
bench
benefit
best
betray
better
between
beyond
bicycle
bid
bike
bind
biology
bird
birth
bitter
black
blade
blame
blanket
blast
bleak
bless
blind
blood
blossom
blouse
blue
blur
blush
board
boat
body
boil
bomb
bone
bonus
book
boost
border
boring
borrow
boss
bottom
bounce
box
boy
bracket
brain
brand
brass
brave
bread
breeze
brick
bridge
brief
bright
bring
brisk
broccoli
broken
bronze
broom
brother
brown
brush
bubble
buddy
budget
buffalo
build
bulb
bulk
bullet
bundle
bunker
burden
burger
burst
bus
business
busy
butter
buyer
buzz
cabbage
cabin
cable
cactus
cage
cake
call
calm
camera
camp
can
canal
cancel
candy
cannon
canoe
canvas
canyon
capable
capital
captain
car
carbon
card
cargo
carpet
carry
cart
case
cash
casino
castle
casual
cat
catalog
catch
category
cattle
caught
cause
caution
cave
ceiling
celery
cement
census
century
cereal
certain
chair
chalk
champion
change
chaos
chapter
charge
chase
chat
cheap
check
cheese
chef
cherry
chest
chicken
chief
child
chimney
choice
choose
chronic
chuckle
chunk
churn
cigar
cinnamon
circle
citizen
city
civil
claim
clap
clarify
claw
clay
clean
clerk
clever
click
client
cliff
climb
clinic
clip
clock
clog
close
cloth
cloud
clown
club
clump
cluster
clutch
coach
coast
coconut
code
coffee
coil
coin
collect
color
column
combine
come
comfort
comic
common
company
concert
conduct
confirm
congress
connect
consider
control
convince
cook
cool
copper
copy
coral
core
corn
correct
cost
cotton
couch
country
couple
course
cousin
cover
coyote
crack
cradle
craft
cram
crane
crash
crater
crawl
crazy
cream
credit
creek
crew
cricket
crime
crisp
critic
crop
cross
crouch
crowd
crucial
cruel
cruise
crumble
crunch
crush
cry
crystal
cube
culture
cup
cupboard
curious
current
curtain
curve
cushion
custom
cute
cycle
dad
damage
damp
dance
danger
daring
dash
daughter
dawn
day
deal
debate
debris
decade
december
decide
decline
decorate
decrease
deer
defense
define
defy
degree
delay
deliver
demand
demise
denial
dentist
deny
depart
depend
deposit
depth
deputy
derive
describe
desert
design
desk
despair
destroy
detail
detect
develop
device
devote
diagram
dial
diamond
diary
dice
diesel
diet
differ
digital
dignity
dilemma
dinner
dinosaur
direct
dirt
disagree
discover
disease
dish
dismiss
disorder
display
distance
divert
divide
divorce
dizzy
doctor
document
dog
doll
dolphin
domain
donate
donkey
donor
door
dose
double
dove
draft
dragon
drama
drastic
draw
dream
dress
drift
drill
drink
drip
drive
drop
drum
dry
duck
dumb
dune
during
dust
dutch
duty
dwarf
dynamic
eager
eagle
early
earn
earth
easily
east
easy
echo
ecology
economy
edge
edit
educate
effort
egg
eight
either
elbow
elder
electric
elegant
element
elephant
elevator
elite
else
embark
embody
embrace
emerge
emotion
employ
empower
empty
enable
enact
end
endless
endorse
enemy
energy
enforce
engage
engine
enhance
enjoy
enlist
enough
enrich
enroll
ensure
enter
entire
entry
envelope
episode
equal
equip
era
erase
erode
erosion
error
erupt
escape
essay
essence
estate
eternal
ethics
evidence
evil
evoke
evolve
exact
example
excess
exchange
excite
exclude
excuse
execute
exercise
exhaust
exhibit
exile
exist
exit
exotic
expand
expect
expire
explain
expose
express
extend
extra
eye
eyebrow
fabric
face
faculty
fade
faint
faith
fall
false
fame
family
famous
fan
fancy
fantasy
farm
fashion
fat
fatal
father
fatigue
fault
favorite
feature
february
federal
fee
feed
feel
female
fence
festival
fetch
fever
few
fiber
fiction
field
figure
file
film
filter
final
find
fine
finger
finish
fire
firm
first
fiscal
fish
fit
fitness
fix
flag
flame
flash
flat
flavor
flee
flight
flip
float
flock
floor
flower
fluid
flush
fly
foam
focus
fog
foil
fold
follow
food
foot
force
forest
forget
fork
fortune
forum
forward
fossil
foster
found
fox
fragile
frame
frequent
fresh
friend
fringe
frog
front
frost
frown
frozen
fruit
fuel
fun
funny
furnace
fury
future
gadget
gain
galaxy
gallery
game
gap
garage
garbage
garden
garlic
garment
gas
gasp
gate
gather
gauge
gaze
general
genius
genre
gentle
genuine
gesture
ghost
giant
gift
giggle
ginger
giraffe
girl
give
glad
glance
glare
glass
glide
glimpse
globe
gloom
glory
glove
glow
glue
goat
goddess
gold
good
goose
gorilla
gospel
gossip
govern
gown
grab
grace
grain
grant
grape
grass
gravity
great
green
grid
grief
grit
grocery
group
grow
grunt
guard
guess
guide
guilt
guitar
gun
gym
habit
hair
half
hammer
hamster
hand
happy
harbor
hard
harsh
harvest
hat
have
hawk
hazard
head
health
heart
heavy
hedgehog
height
hello
helmet
help
hen
hero
hidden
high
hill
hint
hip
hire
history
hobby
hockey
hold
hole
holiday
hollow
home
honey
hood
hope
horn
horror
horse
hospital
host
hotel
hour
hover
hub
huge
human
humble
humor
hundred
hungry
hunt
hurdle
hurry
hurt
husband
hybrid
ice
icon
idea
identify
idle
ignore
ill
illegal
illness
image
imitate
immense
immune
impact
impose
improve
impulse
inch
include
income
increase
index
indicate
indoor
industry
infant
inflict
inform
inhale
inherit
initial
inject
injury
inmate
inner
innocent
input
inquiry
insane
insect
inside
inspire
install
intact
interest
into
invest
invite
involve
iron
island
isolate
issue
item
ivory
jacket
jaguar
jar
jazz
jealous
jeans
jelly
jewel
job
join
joke
journey
joy
judge
juice
jump
jungle
junior
junk
just
kangaroo
keen
keep
ketchup
key
kick
kid
kidney
kind
kingdom
kiss
kit
kitchen
kite
kitten
kiwi
knee
knife
knock
know
lab
label
labor
ladder
lady
lake
lamp
language
laptop
large
later
latin
laugh
laundry
lava
law
lawn
lawsuit
layer
lazy
leader
leaf
learn
leave
lecture
left
leg
legal
legend
leisure
lemon
lend
length
lens
leopard
lesson
letter
level
liar
liberty
library
license
life
lift
light
like
limb
limit
link
lion
liquid
list
little
live
lizard
load
loan
lobster
local
lock
logic
lonely
long
loop
lottery
loud
lounge
love
loyal
lucky
luggage
lumber
lunar
lunch
luxury
lyrics
machine
mad
magic
magnet
maid
mail
main
major
make
mammal
man
manage
mandate
mango
mansion
manual
maple
marble
march
margin
marine
market
marriage
mask
mass
master
match
material
math
matrix
matter
maximum
maze
meadow
mean
measure
meat
mechanic
medal
media
melody
melt
member
memory
mention
menu
mercy
merge
merit
merry
mesh
message
metal
method
middle
midnight
milk
million
mimic
mind
minimum
minor
minute
miracle
mirror
misery
miss
mistake
mix
mixed
mixture
mobile
model
modify
mom
moment
monitor
monkey
monster
month
moon
moral
more
morning
mosquito
mother
motion
motor
mountain
mouse
move
movie
much
muffin
mule
multiply
muscle
museum
mushroom
music
must
mutual
myself
mystery
myth
naive
name
napkin
narrow
nasty
nation
nature
near
neck
need
negative
neglect
neither
nephew
nerve
nest
net
network
neutral
never
news
next
nice
night
noble
noise
nominee
noodle
normal
north
nose
notable
note
nothing
notice
novel
now
nuclear
number
nurse
nut
oak
obey
object
oblige
obscure
observe
obtain
obvious
occur
ocean
october
odor
off
offer
office
often
oil
okay
old
olive
olympic
omit
once
one
onion
online
only
open
opera
opinion
oppose
option
orange
orbit
orchard
order
ordinary
organ
orient
original
orphan
ostrich
other
outdoor
outer
output
outside
oval
oven
over
own
owner
oxygen
oyster
ozone
pact
paddle
page
pair
palace
palm
panda
panel
panic
panther
paper
parade
parent
park
parrot
party
pass
patch
path
patient
patrol
pattern
pause
pave
payment
peace
peanut
pear
peasant
pelican
pen
penalty
pencil
people
pepper
perfect
permit
person
pet
phone
photo
phrase
physical
piano
picnic
picture
piece
pig
pigeon
pill
pilot
pink
pioneer
pipe
pistol
pitch
pizza
place
planet
plastic
plate
play
please
pledge
pluck
plug
plunge
poem
poet
point
polar
pole
police
pond
pony
pool
popular
portion
position
possible
post
potato
pottery
poverty
powder
power
practice
praise
predict
prefer
prepare
present
pretty
prevent
price
pride
primary
print
priority
prison
private
prize
problem
process
produce
profit
program
project
promote
proof
property
prosper
protect
proud
provide
public
pudding
pull
pulp
pulse
pumpkin
punch
pupil
puppy
purchase
purity
purpose
purse
push
put
puzzle
pyramid
quality
quantum
quarter
question
quick
quit
quiz
quote
rabbit
raccoon
race
rack
radar
radio
rail
rain
raise
rally
ramp
ranch
random
range
rapid
rare
rate
rather
raven
raw
razor
ready
real
reason
rebel
rebuild
recall
receive
recipe
record
recycle
reduce
reflect
reform
refuse
region
regret
regular
reject
relax
release
relief
rely
remain
remember
remind
remove
render
renew
rent
reopen
repair
repeat
replace
report
require
rescue
resemble
resist
resource
response
result
retire
retreat
return
reunion
reveal
review
reward
rhythm
rib
ribbon
rice
rich
ride
ridge
rifle
right
rigid
ring
riot
ripple
risk
ritual
rival
river
road
roast
robot
robust
rocket
romance
roof
rookie
room
rose
rotate
rough
round
route
royal
rubber
rude
rug
rule
run
runway
rural
sad
saddle
sadness
safe
sail
salad
salmon
salon
salt
salute
same
sample
sand
satisfy
satoshi
sauce
sausage
save
say
scale
scan
scare
scatter
scene
scheme
school
science
scissors
scorpion
scout
scrap
screen
script
scrub
sea
search
season
seat
second
secret
section
security
seed
seek
segment
select
sell
seminar
senior
sense
sentence
series
service
session
settle
setup
seven
shadow
shaft
shallow
share
shed
shell
sheriff
shield
shift
shine
ship
shiver
shock
shoe
shoot
shop
short
shoulder
shove
shrimp
shrug
shuffle
shy
sibling
sick
side
siege
sight
sign
silent
silk
silly
silver
similar
simple
since
sing
siren
sister
situate
six
size
skate
sketch
ski
skill
skin
skirt
skull
slab
slam
sleep
slender
slice
slide
slight
slim
slogan
slot
slow
slush
small
smart
smile
smoke
smooth
snack
snake
snap
sniff
snow
soap
soccer
social
sock
soda
soft
solar
soldier
solid
solution
solve
someone
song
soon
sorry
sort
soul
sound
soup
source
south
space
spare
spatial
spawn
speak
special
speed
spell
spend
sphere
spice
spider
spike
spin
spirit
split
spoil
sponsor
spoon
sport
spot
spray
spread
spring
spy
square
squeeze
squirrel
stable
stadium
staff
stage
stairs
stamp
stand
start
state
stay
steak
steel
stem
step
stereo
stick
still
sting
stock
stomach
stone
stool
story
stove
strategy
street
strike
strong
struggle
student
stuff
stumble
style
subject
submit
subway
success
such
sudden
suffer
sugar
suggest
suit
summer
sun
sunny
sunset
super
supply
supreme
sure
surface
surge
surprise
surround
survey
suspect
sustain
swallow
swamp
swap
swarm
swear
sweet
swift
swim
swing
switch
sword
symbol
symptom
syrup
system
table
tackle
tag
tail
talent
talk
tank
tape
target
task
taste
tattoo
taxi
teach
team
tell
ten
tenant
tennis
tent
term
test
text
thank
that
theme
then
theory
there
they
thing
this
thought
three
thrive
throw
thumb
thunder
ticket
tide
tiger
tilt
timber
time
tiny
tip
tired
tissue
title
toast
tobacco
today
toddler
toe
together
toilet
token
tomato
tomorrow
tone
tongue
tonight
tool
tooth
top
topic
topple
torch
tornado
tortoise
toss
total
tourist
toward
tower
town
toy
track
trade
traffic
tragic
train
transfer
trap
trash
travel
tray
treat
tree
trend
trial
tribe
trick
trigger
trim
trip
trophy
trouble
truck
true
truly
trumpet
trust
truth
try
tube
tuition
tumble
tuna
tunnel
turkey
turn
turtle
twelve
twenty
twice
twin
twist
two
type
typical
ugly
umbrella
unable
unaware
uncle
uncover
under
undo
unfair
unfold
unhappy
uniform
unique
unit
universe
unknown
unlock
until
unusual
unveil
update
upgrade
uphold
upon
upper
upset
urban
urge
usage
use
used
useful
useless
usual
utility
vacant
vacuum
vague
valid
valley
valve
van
vanish
vapor
various
vast
vault
vehicle
velvet
vendor
venture
venue
verb
verify
version
very
vessel
veteran
viable
vibrant
vicious
victory
video
view
village
vintage
violin
virtual
virus
visa
visit
visual
vital
vivid
vocal
voice
void
volcano
volume
vote
voyage
wage
wagon
wait
walk
wall
walnut
want
warfare
warm
warrior
wash
wasp
waste
water
wave
way
wealth
weapon
wear
weasel
weather
web
wedding
weekend
weird
welcome
west
wet
whale
what
wheat
wheel
when
where
whip
whisper
wide
width
wife
wild
will
win
window
wine
wing
wink
winner
winter
wire
wisdom
wise
wish
witness
wolf
woman
wonder
wood
wool
word
work
world
worry
worth
wrap
wreck
wrestle
wrist
write
wrong
yard
year
yellow
you
young
youth
zebra
zero
zone
zoo`.split("\n"));

// src/secrets/mnemonic.ts
import { createHash } from "node:crypto";
var INDEX = new Map(wordlist.map((word, i) => [word, i]));
var LETTERS = /[A-Za-z]+/g;
var SEPARATOR = /^["'`]?[ \t]*,?[ \t]*(?:\r?\n)?[ \t]*(?:[-*+][ \t]+|\(?\d{1,2}[.):][ \t]*)?["'`]?$/;
var SEPARATOR_INLINE_NUMBER = /^["'`]?[ \t]*,?[ \t]+\(?\d{1,2}[.):][ \t]*["'`]?$/;
var LENGTHS = [24, 21, 18, 15, 12];
var WORD_LENGTHS = wordlist.map((word) => word.length);
var WORD = `[a-z]{${Math.min(...WORD_LENGTHS)},${Math.max(...WORD_LENGTHS)}}`;
var BETWEEN = "[\\s\"'`,*+()\\-.:0-9]+";
var MAY_BE_PHRASE = new RegExp(`(?<![A-Za-z])(?:${WORD}${BETWEEN}){${Math.min(...LENGTHS) - 1}}${WORD}(?![A-Za-z])`);
function mayHoldMnemonic(text) {
  return MAY_BE_PHRASE.test(text);
}
function findMnemonics(text) {
  const hits = [];
  let run = [];
  for (const match of text.matchAll(LETTERS)) {
    const index = INDEX.get(match[0]);
    const word = { text: match[0], index: index ?? -1, start: match.index, end: match.index + match[0].length };
    if (run.length > 0) {
      const between = text.slice(run[run.length - 1].end, word.start);
      if (!SEPARATOR.test(between) && !SEPARATOR_INLINE_NUMBER.test(between)) run = closeRun(run, hits);
    }
    if (index !== void 0) run.push(word);
    else run = closeRun(run, hits);
  }
  closeRun(run, hits);
  return hits;
}
function closeRun(run, hits) {
  for (let i = 0; i + 12 <= run.length; ) {
    const length = LENGTHS.find((n) => i + n <= run.length && checksumHolds(run, i, n));
    if (length === void 0) {
      i += 1;
      continue;
    }
    const phrase = run.slice(i, i + length);
    const value = phrase.map((w) => w.text).join(" ");
    const wellKnown = wellKnownMnemonic(value);
    hits.push({ kind: "bip39-mnemonic", start: phrase[0].start, end: phrase[length - 1].end, value, ...wellKnown ? { wellKnown } : {} });
    i += length;
  }
  return [];
}
function checksumHolds(run, from, n) {
  const checksumBits = n / 3;
  const entropy = new Uint8Array((n * 11 - checksumBits) / 8 | 0);
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (let k = 0; k < n; k++) {
    acc = acc << 11 | run[from + k].index;
    bits += 11;
    while (bits >= 8 && at < entropy.length) {
      bits -= 8;
      entropy[at++] = acc >>> bits & 255;
    }
    acc &= (1 << bits) - 1;
  }
  const expected = createHash("sha256").update(entropy).digest()[0] >>> 8 - checksumBits;
  return acc === expected && bits === checksumBits;
}

// src/secrets/pem.ts
var PEM_BLOCK = /-----BEGIN (?:(?:RSA|DSA|EC|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY(?: BLOCK)?-----([A-Za-z0-9+/=\s\\]{64,16384}?)-----END /g;
var HEADER = PEM_BLOCK.source.slice(0, PEM_BLOCK.source.indexOf("("));
function mayHoldPemKey(text) {
  return text.includes(HEADER);
}
var KEY_START = /^(?:M|b3BlbnNzaC1rZXktdjE)/;
function findPemKeys(text) {
  const hits = [];
  for (const match of text.matchAll(PEM_BLOCK)) {
    const body = match[1].replace(/\\[nrt]|\s/g, "");
    const armoured = match[0].includes("PGP");
    if (!/^[A-Za-z0-9+/]{60,}={0,2}$/.test(body) || !armoured && !KEY_START.test(body)) continue;
    hits.push({ kind: "pem-private-key", start: match.index, end: match.index + match[0].length - "-----END ".length, value: body });
  }
  return hits;
}

// node_modules/@scure/base/index.js
var freeze = (fn) => Object.freeze(fn());
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
function abytes(b) {
  if (!isBytes(b))
    throw new TypeError("Uint8Array expected");
}
function astr(label, input) {
  if (typeof input !== "string")
    throw new TypeError(`${label}: string expected`);
  return true;
}
var asciiDecoder = /* @__PURE__ */ (() => {
  try {
    const decoder = new TextDecoder();
    return decoder.decode(Uint8Array.of(65, 48, 43, 127)) === "A0+" ? decoder : void 0;
  } catch (e) {
    return void 0;
  }
})();
var B2S_CHUNK = 8192;
function charcodesToString(codes) {
  const len = codes.length;
  if (asciiDecoder !== void 0 && len >= 12)
    return asciiDecoder.decode(codes);
  if (len <= B2S_CHUNK)
    return String.fromCharCode.apply(null, codes);
  let res = "";
  for (let i = 0; i < len; i += B2S_CHUNK)
    res += String.fromCharCode.apply(null, codes.subarray(i, i + B2S_CHUNK));
  return res;
}
function alphabet(letters, aliases) {
  const len = letters.length;
  if (len > 128)
    throw new Error("alphabet: max 128 letters");
  const encTable = new Uint8Array(len);
  const decTable = new Int8Array(128).fill(-1);
  for (let i = 0; i < len; i++) {
    const code = letters.charCodeAt(i);
    if (letters.codePointAt(i) !== code || code > 127)
      throw new Error("alphabet: single-char ASCII letters only");
    encTable[i] = code;
    decTable[code] = i;
  }
  if (aliases !== void 0) {
    for (const alias of Object.keys(aliases)) {
      const code = alias.charCodeAt(0);
      const target = decTable[aliases[alias].charCodeAt(0)];
      if (alias.length !== 1 || code > 127 || target === void 0 || target === -1)
        throw new Error(`alphabet: invalid alias ${alias}`);
      decTable[code] = target;
    }
  }
  return {
    encode: (digits) => {
      const codes = new Uint8Array(digits.length);
      for (let i = 0; i < digits.length; i++) {
        const d = digits[i];
        const code = encTable[d];
        if (code === void 0)
          throw new Error(`alphabet.encode: invalid digit ${d}`);
        codes[i] = code;
      }
      return charcodesToString(codes);
    },
    decode: (input) => {
      astr("decode", input);
      const slen = input.length;
      const digits = new Uint8Array(slen);
      for (let i = 0; i < slen; i++) {
        const code = input.charCodeAt(i);
        const digit = code < 128 ? decTable[code] : -1;
        if (digit === -1)
          throw new Error(`Unknown letter "${input[i]}". Allowed: ${letters}`);
        digits[i] = digit;
      }
      return digits;
    }
  };
}
var B58_GROUP = 656356768;
var RADIX_BASE_N_MAX_LENGTH = 65536;
var BASE_N_MAX_BYTES = 2048;
var BASE_N_MAX_CHARS = 4096;
var radixBaseN = (BASE, GROUP) => ({
  encode: (bytes) => {
    abytes(bytes);
    const blen = bytes.length;
    if (blen === 0)
      return new Uint8Array(0);
    if (blen >= RADIX_BASE_N_MAX_LENGTH)
      throw new Error("invalid length");
    let zeros = 0;
    while (zeros < blen - 1 && bytes[zeros] === 0)
      zeros++;
    const nlimbs = Math.ceil(blen / 2);
    const limbs = new Uint16Array(nlimbs);
    const odd = blen & 1;
    if (odd)
      limbs[0] = bytes[0];
    for (let i = odd, j2 = odd; i < blen; i += 2, j2++)
      limbs[j2] = bytes[i] << 8 | bytes[i + 1];
    const groups = [];
    let pos = 0;
    while (pos < nlimbs) {
      let carry = 0;
      for (let i = pos; i < nlimbs; i++) {
        const cur = carry * 65536 + limbs[i];
        const q = Math.floor(cur / GROUP);
        carry = cur - q * GROUP;
        limbs[i] = q;
        if (q === 0 && i === pos)
          pos++;
      }
      groups.push(carry);
    }
    const top = groups.length - 1;
    let sig = top * 5;
    for (let v = groups[top]; ; v = Math.floor(v / BASE)) {
      sig++;
      if (v < BASE)
        break;
    }
    const res = new Uint8Array(zeros + sig);
    let j = res.length - 1;
    for (let g = 0; g < top; g++) {
      let v = groups[g];
      for (let k = 0; k < 5; k++) {
        res[j--] = v % BASE;
        v = Math.floor(v / BASE);
      }
    }
    for (let v = groups[top]; j >= zeros; v = Math.floor(v / BASE))
      res[j--] = v % BASE;
    return res;
  },
  decode: (digits) => {
    abytes(digits);
    const dlen = digits.length;
    if (dlen === 0)
      return new Uint8Array(0);
    if (dlen >= RADIX_BASE_N_MAX_LENGTH)
      throw new Error("invalid length");
    let zeros = 0;
    while (zeros < dlen - 1 && digits[zeros] === 0)
      zeros++;
    const limbs = new Uint16Array(Math.ceil(dlen * 6 / 16) + 1);
    let used = 0;
    let i = 0;
    let group = dlen % 5 || 5;
    while (i < dlen) {
      let gval = 0;
      let factor = 1;
      for (const end = i + group; i < end; i++) {
        const d = digits[i];
        if (d >= BASE)
          throw new Error(`invalid integer: ${d}`);
        gval = gval * BASE + d;
        factor *= BASE;
      }
      group = 5;
      let carry = gval;
      for (let k = 0; k < used; k++) {
        const cur = limbs[k] * factor + carry;
        carry = Math.floor(cur / 65536);
        limbs[k] = cur - carry * 65536;
      }
      for (; carry > 0; carry = Math.floor(carry / 65536))
        limbs[used++] = carry % 65536;
    }
    const valueBytes = used === 0 ? 1 : used * 2 - (limbs[used - 1] < 256 ? 1 : 0);
    const res = new Uint8Array(zeros + valueBytes);
    let j = res.length - 1;
    for (let k = 0; k < used; k++) {
      const limb = limbs[k];
      res[j--] = limb & 255;
      if (j >= zeros)
        res[j--] = limb >> 8;
    }
    return res;
  }
});
var genBaseN = (radix, abc) => {
  const letters = alphabet(abc);
  return {
    encode(bytes) {
      abytes(bytes);
      if (bytes.length > BASE_N_MAX_BYTES)
        throw new Error("invalid length");
      return letters.encode(radix.encode(bytes));
    },
    decode(str) {
      astr("baseN.decode", str);
      if (str.length > BASE_N_MAX_CHARS)
        throw new Error("invalid length");
      return radix.decode(letters.decode(str));
    }
  };
};
var radix58 = /* @__PURE__ */ radixBaseN(58, B58_GROUP);
var genBase58 = (abc) => genBaseN(radix58, abc);
var base58 = /* @__PURE__ */ freeze(() => genBase58("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"));

// src/secrets/solana.ts
import { createPrivateKey, createPublicKey } from "node:crypto";
var BASE58 = /[1-9A-HJ-NP-Za-km-z]/;
var BYTE_LIST = /[0-9,\s]/;
var [SHORTEST_BASE58, SHORTEST_LIST] = [86, 127];
var BASE58_KEYPAIR = new RegExp(`(?<!${BASE58.source})${BASE58.source}{${SHORTEST_BASE58},88}(?!${BASE58.source})`, "g");
var BYTE_ARRAY = new RegExp(`\\[(${BYTE_LIST.source}{${SHORTEST_LIST},1300})\\]`, "g");
var [BASE58_CLASS, BYTE_LIST_CLASS] = [charClass(BASE58), charClass(BYTE_LIST)];
function mayHoldSolanaKey(text) {
  return hasRun(text, BASE58_CLASS, SHORTEST_BASE58) || hasRun(text, BYTE_LIST_CLASS, SHORTEST_LIST);
}
var PKCS8_ED25519 = Buffer.from("302e020100300506032b657004220420", "hex");
function findSolanaKeys(text) {
  const hits = [];
  for (const match of text.matchAll(BASE58_KEYPAIR)) {
    const bytes = decodeBase58(match[0]);
    if (bytes && isKeypair(bytes)) hits.push(hit(match.index, match[0], match[0]));
  }
  for (const match of text.matchAll(BYTE_ARRAY)) {
    const bytes = byteArray(match[1]);
    if (bytes && isKeypair(bytes)) hits.push(hit(match.index, match[0], match[0]));
  }
  return hits;
}
function hit(start, source, value) {
  return { kind: "solana-secret-key", start, end: start + source.length, value };
}
function decodeBase58(text) {
  try {
    return base58.decode(text);
  } catch {
    return void 0;
  }
}
function byteArray(list) {
  const parts = list.replace(/,\s*$/, "").split(",").map((part) => part.trim());
  if (parts.length !== 64 || !parts.every((part) => /^\d{1,3}$/.test(part))) return void 0;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : void 0;
}
var derivations = 0;
function isKeypair(bytes) {
  if (bytes.length !== 64) return false;
  const all = Buffer.from(Array.from(bytes));
  if (!isCurvePoint(all.subarray(32))) return false;
  derivations += 1;
  try {
    const key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, all.subarray(0, 32)]), format: "der", type: "pkcs8" });
    const spki = createPublicKey(key).export({ format: "der", type: "spki" });
    return spki.subarray(spki.length - 32).equals(all.subarray(32));
  } catch {
    return false;
  }
}
var P = 2n ** 255n - 19n;
var D = (P - 121665n) * modPow(121666n, P - 2n) % P;
function isCurvePoint(encoded) {
  let y = 0n;
  for (let i = 31; i >= 0; i--) y = y << 8n | BigInt(i === 31 ? encoded[i] & 127 : encoded[i]);
  if (y >= P) return false;
  const y2 = y * y % P;
  return jacobi((y2 - 1n + P) % P * ((D * y2 + 1n) % P) % P, P) !== -1;
}
function jacobi(a, n) {
  let t = 1;
  a %= n;
  while (a !== 0n) {
    while ((a & 1n) === 0n) {
      a >>= 1n;
      const r = n & 7n;
      if (r === 3n || r === 5n) t = -t;
    }
    [a, n] = [n, a];
    if ((a & 3n) === 3n && (n & 3n) === 3n) t = -t;
    a %= n;
  }
  return n === 1n ? t : 0;
}
function modPow(base, exponent) {
  let result = 1n;
  for (let b = base % P, e = exponent; e > 0n; e >>= 1n, b = b * b % P) if (e & 1n) result = result * b % P;
  return result;
}

// src/secrets/tokens.ts
var PASSWORD_WORDS = /^(?:password|passwd|pass|secret|pwd|token|user|username)$/i;
var randomLooking = (secret) => !isPlaceholder(secret) && entropyOf(secret) >= 3 && /[0-9]/.test(secret) && /[A-Za-z]/.test(secret);
var SHAPES = [
  // B3OS API keys (b3os-platform.md §8; the MCP package's leak check uses the same shape).
  { kind: "b3os-api-key", pattern: /(?<![A-Za-z0-9])b3sk_[A-Za-z0-9_-]{16,256}/dg, group: 0, hint: /b3sk_/ },
  // Alone, or right after `bot`, as in the Bot API URL (`https://api.telegram.org/bot<id>:AA…/sendMessage`).
  { kind: "telegram-bot-token", pattern: /(?:(?<=bot)|(?<![A-Za-z0-9]))[0-9]{5,16}:A[A-Za-z0-9_-]{34}(?![A-Za-z0-9_-])/dg, group: 0, hint: /[0-9]:A/ },
  { kind: "webhook-url", pattern: /https:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/([A-Za-z0-9_-]{60,100})/dg, group: 1, hint: /discord/ },
  { kind: "webhook-signing-secret", pattern: /(?<![A-Za-z0-9])whsec_[A-Za-z0-9+/=]{24,128}/dg, group: 0, hint: /whsec_/ },
  { kind: "service-api-key", pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/dg, group: 0, hint: /AIza/ },
  // Shapes secretlint finds too, kept here so the redactor (which runs these detectors alone) masks them in any text.
  { kind: "github-token", pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9_]{36}|github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/dg, group: 0, hint: /gh[pousr]_|github_pat_/ },
  { kind: "slack-token", pattern: /(?<![A-Za-z0-9])(?:xox[abposr]|xapp)-[0-9A-Za-z-]{10,250}/dg, group: 0, hint: /xox[abposr]-|xapp-/ },
  { kind: "cloud-credential", pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/dg, group: 0, hint: /AKIA|ASIA/ },
  // Node provider URLs whose path carries the project key.
  { kind: "rpc-url-key", pattern: /(?:https|wss):\/\/[a-z0-9.-]{0,64}infura\.io\/(?:v3|ws\/v3)\/([0-9a-f]{32})/dg, group: 1, hint: /infura\.io\// },
  { kind: "rpc-url-key", pattern: /(?:https|wss):\/\/[a-z0-9.-]{0,64}alchemy(?:api)?\.(?:com|io)\/v2\/([A-Za-z0-9_-]{20,64})/dg, group: 1, accept: randomLooking, hint: /alchemy/ },
  { kind: "rpc-url-key", pattern: /(?:https|wss):\/\/[a-z0-9.-]{1,64}\.quiknode\.pro\/([0-9a-f]{32,64})/dg, group: 1, hint: /\.quiknode\.pro\// },
  { kind: "rpc-url-key", pattern: /(?:https|wss):\/\/rpc\.ankr\.com\/[a-z0-9_]{1,32}\/([0-9a-f]{64})/dg, group: 1, hint: /:\/\/rpc\.ankr\.com\// },
  { kind: "rpc-url-key", pattern: /(?:https|wss):\/\/[a-z0-9.-]{1,64}\.(?:blastapi\.io|chainstack\.com|core\.chainstack\.com)\/([0-9a-f-]{32,36})/dg, group: 1, hint: /\.(?:blastapi\.io|chainstack\.com)\// },
  // A key in a URL query (`?api-key=…`, `&apikey=…`, Helius, dRPC, Etherscan).
  { kind: "url-query-key", pattern: /[?&](?:api[-_]?key|apikey|access[-_]?token|auth[-_]?token|token|dkey|key)=([A-Za-z0-9_-]{16,128})/dgi, group: 1, accept: randomLooking, hint: /(?:key|token)=/i },
  // A password in a URL (`https://user:pass@host`, `postgres://u:p@db`, `redis://:p@cache` with no user): any scheme.
  { kind: "url-credentials", pattern: /[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/'"`]{0,128}:([^\s@/'"`]{1,256})@[A-Za-z0-9]/dgi, group: 1, accept: (s) => !isPlaceholder(s) && !PASSWORD_WORDS.test(s), hint: /:\/\/[^\s@/'"`]{1,385}@/ }
];
function findTokens(text) {
  const hits = [];
  for (const shape of SHAPES) {
    if (!shape.hint.test(text)) continue;
    for (const match of text.matchAll(shape.pattern)) {
      const secret = match[shape.group];
      const [start, end] = match.indices[shape.group];
      if (shape.accept && !shape.accept(secret)) continue;
      hits.push({ kind: shape.kind, start, end, value: secret });
    }
  }
  return hits;
}

// src/secrets/own-scan.ts
var OWN_DETECTORS = [
  { find: findPemKeys, mayFind: mayHoldPemKey },
  // Each token shape has its own prefilter inside.
  { find: findTokens, mayFind: () => true },
  { find: findSolanaKeys, mayFind: mayHoldSolanaKey },
  { find: findNamedSecrets, mayFind: mayHoldNamedSecret },
  { find: findEvmKeys, mayFind: mayHoldEvmKey },
  { find: findMnemonics, mayFind: mayHoldMnemonic }
];
function findOwn(text) {
  return OWN_DETECTORS.flatMap((detector) => detector.mayFind(text) ? detector.find(text) : []);
}
var STRUCTURAL = /* @__PURE__ */ new Set(["evm-private-key", "solana-secret-key", "pem-private-key", "bip39-mnemonic"]);
function isNoPlaceholder(hit2) {
  return STRUCTURAL.has(hit2.kind) || !isPlaceholderToken(secretPartOf(hit2.value));
}
function placedOnRaw(hit2, rawOffsets) {
  return { ...hit2, start: rawOffsets[hit2.start], end: rawOffsets[hit2.end - 1] + 1 };
}
function scanTextWithOwnDetectors(text) {
  const decoded = decodedStrings(text);
  const own = (t) => [...findOwn(t), ...findPrefixedTokens(t)].filter(isNoPlaceholder);
  const escaped = decoded ? own(decoded.text).map((hit2) => placedOnRaw(hit2, decoded.rawOffsets)) : [];
  return withoutOverlaps([...own(text), ...escaped]);
}
function withoutOverlaps(hits) {
  const taken = new Uint8Array(Math.max(0, ...hits.map((h) => h.end)));
  const kept = hits.filter((hit2) => {
    if (taken.subarray(hit2.start, hit2.end).includes(1)) return false;
    taken.fill(1, hit2.start, hit2.end);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export {
  secretPartOf,
  decodedStrings,
  findOwn,
  isNoPlaceholder,
  placedOnRaw,
  scanTextWithOwnDetectors,
  withoutOverlaps
};
/*! Bundled license information:

@scure/base/index.js:
  (*! scure-base - MIT License (c) 2022 Paul Miller (paulmillr.com) *)
*/
