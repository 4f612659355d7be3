# Regenerates korea-2010.yaml's shared sections (parameters, ladder, variables, doctrine, shared
# triggers, outcomes) from korea-2024.yaml, the treaty channels from korea-2024-no-treaty.yaml, and
# keeps 2010's own sections (header, clock, regions, actors, relations, pacts, Council, sanctions).
# Idempotent. Run from anywhere: python3 packages/scenarios/test/tools/gen-korea-2010.py
# Still needed: run it after any change to korea-2024's shared model, or the drift test in
# test/backtest.test.ts fails. Python (standard library only) because it edits the YAML as text,
# keeping every comment and line layout; the replacements marked "a no-op once ported" are the
# one-time 2010 port and leave an already-ported file unchanged. See CALIBRATION.md.
import os, re
D=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','scenarios')
K24=os.path.join(D,'korea-2024.yaml')
K10=os.path.join(D,'korea-2010.yaml')
NT=os.path.join(D,'korea-2024-no-treaty.yaml')
s24=open(K24).read(); s10=open(K10).read(); snt=open(NT).read()

def blocks(text):
    """top-level key -> text (from the key line to before the next top-level key)"""
    lines=text.split('\n'); out={}; order=[]; cur=None; buf=[]
    for l in lines:
        m=re.match(r'^([a-z]+):',l)
        if m:
            if cur: out[cur]='\n'.join(buf)
            cur=m.group(1); buf=[l]; order.append(cur)
        elif cur: buf.append(l)
    if cur: out[cur]='\n'.join(buf)
    return out
b24=blocks(s24); b10=blocks(s10)

def param_blocks(text):
    """parameters block -> ordered list of (name, text incl. preceding comment lines)"""
    lines=text.split('\n')[1:]; res=[]; pending=[]; cur=None; buf=[]
    for l in lines:
        m=re.match(r'^  ([a-z_0-9]+):',l)
        if m:
            if cur: res.append((cur,'\n'.join(buf)))
            cur=m.group(1); buf=pending+[l]; pending=[]
        elif re.match(r'^  #',l) or l.strip()=='' :
            if cur and re.match(r'^  #',l):
                res.append((cur,'\n'.join(buf))); cur=None; buf=[]; pending=[l]
            elif cur: buf.append(l)
            else: pending.append(l)
        else:
            buf.append(l)
    if cur: res.append((cur,'\n'.join(buf)))
    return res
p24=param_blocks(b24['parameters'])
pnt=dict(param_blocks(blocks(snt)['parameters']))

# ---- doctrine: 2024's without RUS/answer-rok-arms-ukraine
doc=b24['doctrine']
i=doc.index('    - id: answer-rok-arms-ukraine'); j=doc.index('    # Intervention from interest (treaty or not)')
doc=doc[:i]+doc[j:]
doc=doc.replace('doctrine:\n','doctrine:\n  # Identical to korea-2024 except Russia\'s answer to ROK lethal aid to Ukraine (no 2010 counterpart).\n',1)

# ---- triggers: 2024's shared ones, minus the Russia-Ukraine link, the relief and panel-revival drafts
tr=b24['triggers']
items=re.split(r'(?m)^(?=  - id: )',tr)
head=items[0]; items=items[1:]
drop={'munitions-transfer','troop-reinforcement','dprk-leaves-ukraine-war','ukrainian-strike-on-russia','ukraine-ceasefire','rok-lethal-aid','russian-technology-transfer','panel-revival-draft','relief-draft'}
keep=[]
for it in items:
    tid=re.match(r'  - id: ([\w-]+)',it).group(1)
    if tid in drop: continue
    # strip section comments that belong to dropped items
    it=re.sub(r'\n  # --- The Russia link.*?(?=\n  - id:|\Z)','\n',it,flags=re.S)
    if tid=='freedom-shield': it=it.replace('title: Freedom Shield (March)','title: Key Resolve / Foal Eagle (March), the predecessors of Freedom Shield')
    if tid=='ulchi-freedom-shield': it=it.replace('title: Ulchi Freedom Shield (August)','title: Ulchi Freedom Guardian (August), the predecessor of Ulchi Freedom Shield')
    keep.append(it)
trig='triggers:\n'+''.join(keep).rstrip()+'\n'
trig+="""  # --- Council in 2010: the yearly panel renewal (F§2d). ---
  - id: panel-renewal-2010
    title: Yearly renewal of the 1718 Committee's Panel of Experts
    source: "F§2d: renewed every year 2010–2023; F§6c: res. 1928 of 7 Jun 2010, to 12 Jun 2011"
    at: [2010-06-07]
    effect: { draft: { kind: panel_renewal, target: PRK, regime: un-1718, sponsor: USA } }
"""

# ---- variables: 2024's with 2010 start values
var=b24['variables']
var=var.replace('# Judgment: 0 calm, 1 brink. 2024 was tense (balloons, the DPRK\'s "two hostile states" line).\n  peninsula_tension: { name: Tension on the peninsula, initial: 0.6,','# Judgment: tense after the 2009 test, less than 2024.\n  peninsula_tension: { name: Tension on the peninsula, initial: 0.5,')
var=var.replace("# 0 moratorium, 1 low, 2 routine, 3 campaign. 2024 (12 launch days, CNS) was a routine year.\n  dprk_test_mode: { name: DPRK testing tempo, min: 0, max: 3, initial: 2 }","# Low tempo: no launch reported in 2010 (F§6e; the CNS file starts in 2012, which had none).\n  dprk_test_mode: { name: DPRK testing tempo, min: 0, max: 3, initial: 1 }")
var=var.replace("# 1 while a diplomatic opening holds (summitry, a test moratorium, exercises scaled down).","# The Six-Party Talks had stalled since 2009 (F§5).")
var=var.replace("# UN 1718 enforcement (0 none, 1 full). Early Dec 2024: panel gone since April, Russia trading openly.\n  un_enforcement: { name: UN 1718 sanctions enforcement, initial: 0.5,","# Monitored by the Panel of Experts (res. 1874, 2009): the monitored steady state.\n  un_enforcement: { name: UN 1718 sanctions enforcement, initial: 0.75,")
var=var.replace("coalition_enforcement: { name: Coalition sanctions enforcement, initial: 0.75,","coalition_enforcement: { name: Coalition sanctions enforcement, initial: 0.6,")
assert 'initial: 0.6, baseline: 0.5' not in var

# ---- pacts: 2010's with numbers named
pacts=b10['pacts']
for a,b in [
("levels: { materiel: 4, forces: 5, war: 1 }","levels: { materiel: chn_art2_materiel, forces: chn_art2_forces, war: 1 }"),
# As korea-2024 since 5 Dec 2026: China's treaty help goes at most to forces in the theatre.
("levels: { materiel: chn_art2_materiel, forces: chn_art2_forces, war: 1 }","levels: { materiel: chn_art2_materiel, forces: chn_art2_forces }"),
# As korea-2024 since 5 Dec 2026 (an expert review): Art. II's "immediately" answered within a week.
("levels: { materiel: chn_art2_materiel, forces: chn_art2_forces }, shortfall: diplomatic, within: 2 }","levels: { materiel: chn_art2_materiel, forces: chn_art2_forces }, shortfall: diplomatic, within: 1 }"),
("levels: { materiel: 1, forces: 1 }, within: 2 }","levels: { materiel: 1, forces: 1 }, within: 1 }"),
("        reliability: 0.7      # judgment\n","        reliability: prk_art2_reliability\n"),
("        reliability: 0.99\n","        reliability: nonaggression_respect\n"),
("        reliability: 0.98\n","        reliability: consultation_reliability\n"),
("levels: { materiel: 1, forces: 5, war: 2 }","levels: { materiel: 1, forces: us_response_forces, war: us_response_war }"),
("levels: { diplomatic: 1, materiel: 2, forces: 1 }","levels: { diplomatic: 1, materiel: rok_art3_materiel, forces: 1 }"),
("levels: { diplomatic: 1, materiel: 2, forces: 2 }","levels: { diplomatic: 1, materiel: jpn_art5_materiel, forces: jpn_art5_forces }"),
("inForce: 1954-11-18         # F§1d","inForce: 1954-11-17         # ratifications exchanged in Washington 17 Nov 1954, in force that day (5 UST 2368); F§1d (Wikipedia) says 18 Nov"),
("inForce: 1960-06-19         # F§1e","inForce: 1960-06-23         # exchange of ratifications, Tokyo, 23 Jun 1960 (F§1e's 19 Jun is the date the Diet's approval took effect)"),
]:
    pacts=pacts.replace(a,b)   # idempotent: a no-op once ported
# As korea-2024 since 6 Dec 2026: no DPRK treaty duty after the regime's fall (dprk-regime-falls).
pacts=pacts.replace("casus: { armedAttack: { on: party, by: any, minIntensity: 4, stateOfWar: true, unprovoked: true } }\n        response: { atLeast: materiel, levels: { materiel: 1, forces: 1 }, within: 1 }\n        reliability: prk_art2_reliability","casus: { armedAttack: { on: party, by: any, minIntensity: 4, stateOfWar: true, unprovoked: true }, when: { variable: { id: dprk_regime_fallen, lt: 1 } } }\n        response: { atLeast: materiel, levels: { materiel: 1, forces: 1 }, within: 1 }\n        reliability: prk_art2_reliability")
# As korea-2024 since 5 Dec 2026 (a story audit): the US fights without declaring war (format 1.17).
pacts=pacts.replace("war: us_response_war }, shortfall: diplomatic, within: 1 }","war: us_response_war }, shortfall: diplomatic, within: 1, declares: false }")
# As korea-2024 since 5 Dec 2026 (a story audit): the US denial of an invasion under Art. III is its own.
pacts=re.sub(r'(id: art3-us\n(?:(?!      - id:).*\n)*?\s+)judgment: \{ deny: ally_casus_denial \}', r'\1judgment: { deny: us_art3_denial }', pacts, count=1)
# consultation 0.95 in rus-prk-2000 consult; negative duties 0.95
pacts=re.sub(r'(id: consult\n(?:.*\n)*?\s+)reliability: 0\.95[^\n]*', r'\1reliability: consultation_reliability', pacts, count=1)
pacts=pacts.replace('reliability: 0.95\n','reliability: negative_duty_respect\n')
pacts=re.sub(r'reliability: 0\.95[^\n]*','reliability: negative_duty_respect',pacts)
assert not re.search(r'reliability: 0\.',pacts), re.findall(r'reliability: 0\.[^\n]*',pacts)

# ---- council: 2010's with named votes
co=b10['council']
for a,b in [
("vote: { yes: 0.9, no: 0, abstain: 0.1 } }\n        - { kind: sanctions, target: shielded, vote: { yes: 0.3, no: 0.2, abstain: 0.5 } }","vote: { yes: vote_2010_yes_after_test, abstain: vote_2010_abstain_after_test } }\n        - { kind: sanctions, target: shielded, vote: { yes: vote_2010_rus_sanctions_yes, no: vote_2010_rus_sanctions_no, abstain: vote_2010_rus_sanctions_abstain } }"),
("vote: { yes: russia_panel_yes_2010, no: 0, abstain: 0.05 }","vote: { yes: russia_panel_yes_2010, abstain: vote_2010_panel_abstain }"),
("vote: { yes: 0, no: 0.6, abstain: 0.4 }","vote: { no: vote_2010_rus_condemn_no, abstain: vote_2010_rus_condemn_abstain }"),
("vote: { yes: 0.9, no: 0, abstain: 0.1 } }\n        - { kind: sanctions, target: shielded, vote: { yes: 0.2, no: 0.3, abstain: 0.5 } }","vote: { yes: vote_2010_yes_after_test, abstain: vote_2010_abstain_after_test } }\n        - { kind: sanctions, target: shielded, vote: { yes: vote_2010_chn_sanctions_yes, no: vote_2010_chn_sanctions_no, abstain: vote_2010_chn_sanctions_abstain } }"),
("vote: { yes: china_panel_yes_2010, no: 0, abstain: 0.05 }","vote: { yes: china_panel_yes_2010, abstain: vote_2010_panel_abstain }"),
("vote: { yes: 0, no: 0.7, abstain: 0.3 }","vote: { no: vote_2010_chn_condemn_no, abstain: vote_2010_chn_condemn_abstain }"),
("- { kind: ceasefire, vote: { yes: 0.7, no: 0.1, abstain: 0.2 } }","- { kind: ceasefire, vote: { yes: vote_usa_ceasefire_yes, no: vote_usa_ceasefire_no, abstain: vote_usa_ceasefire_abstain } }"),
("- { kind: [sanctions, panel_renewal], vote: { yes: 0.9, no: 0, abstain: 0.1 } }","- { kind: [sanctions, panel_renewal], vote: { yes: vote_elected_sanctions_yes, abstain: vote_elected_sanctions_abstain } }"),
("- { kind: condemnation, vote: { yes: 0.75, no: 0, abstain: 0.25 } }","- { kind: condemnation, vote: { yes: vote_elected_condemn_yes, abstain: vote_elected_condemn_abstain } }"),
("- { kind: ceasefire, vote: { yes: 0.95, no: 0, abstain: 0.05 } }","- { kind: ceasefire, vote: { yes: vote_elected_ceasefire_yes, abstain: vote_elected_ceasefire_abstain } }"),
]:
    co=co.replace(a,b)   # idempotent: a no-op once ported
# remaining ceasefire .9/.1 (RUS, CHN, GBR, FRA)
co=co.replace("- { kind: ceasefire, vote: { yes: 0.9, no: 0, abstain: 0.1 } }","- { kind: ceasefire, vote: { yes: vote_west_ceasefire_yes, abstain: vote_west_ceasefire_abstain } }")
assert not re.search(r'vote: \{[^}]*0\.',co), re.findall(r'vote: \{[^}]*0\.[^}]*\}',co)

# ---- situations: the Cheonan with its attribution delay
sit="""situations:
  cheonan:
    title: The Cheonan is sunk near Baengnyeong on 26 March 2010; attributed on 20 May
    description: >-
      As it happened (F§3c, F§5): the corvette sinks on 26 March with no one to blame; the
      international investigation attributes it to a DPRK torpedo on 20 May, and only then is it
      an armed attack the ROK, its allies and the Council answer. The run asks what follows.
    inject:
      - at: 2010-03-26
        note: the sinking, unattributed
        effect:
          - { signal: { kind: ship_sunk_unattributed, on: ROK } }
          - { signal: { kind: lethal_incident, by: PRK, on: ROK } }
          - { variable: { id: peninsula_tension, add: 0.1 } }
      - at: 2010-05-20
        note: the investigation's finding (a DPRK torpedo)
        effect:
          - { armedAttack: { by: PRK, on: ROK, in: baengnyeong, intensity: 4 } }
          - { variable: { id: peninsula_tension, add: 0.1 } }
"""

# ---- regions: add dmz_south
reg=b10['regions'] if 'dmz_south' in b10['regions'] else b10['regions'].replace("  northwest_islands: { name: Northwest Islands and waters south of the NLL, within: rok_territory, claimedBy: [PRK] }\n","  northwest_islands: { name: Northwest Islands and waters south of the NLL, within: rok_territory, claimedBy: [PRK] }\n  dmz_south: { name: Southern half of the DMZ and the front line, within: rok_territory }\n")

# ---- top and header
top=s10[:s10.index('\nparameters:')]
top=re.sub(r'\n# Shared with korea-2024.*$','',top,flags=re.S)
top=re.sub(r'version: "1\.\d+"', 'version: "1.17"', top, count=1)   # the shared model uses format 1.17 fields (episodes.aidEnds 1.15, every: tick 1.16, a response's declares 1.17)
# korea-2024's war-episode judgment (format 1.15): aid by a state's own decision ends with its war.
if 'episodes:' not in top:
    top=re.sub(r'(\nclock: [^\n]*)', r'\1\nepisodes: { aidEnds: withdraw }   # as korea-2024 (format 1.15)', top, count=1)
top=top.replace('note: "../shared/facts/facts.md"','note: "facts/facts.md"').replace('note: "../shared/facts/dprk_missile_tests_per_year_cns.csv"','note: "facts/dprk_missile_tests_per_year_cns.csv"')
top=top.replace("""#   - The incident base rate (5 lethal incidents 1990–2024) includes the two 2010 incidents; a
#     strictly out-of-sample rate (1990–2009: 3 in 20 years, 0.15 a year) is almost the same.
""","""#   - The incident rates are korea-2024's, fitted to the incident record 1990–2025 (the lull since
#     2011 weighs most), so 2010 is scored by a model that knows what came after: a backtest of
#     the model's structure, not an out-of-sample forecast. The 1990–2010 rates are in the spread
#     of lethal_incident_rate and exchange_of_fire_rate.
#   - The Cheonan's attribution took two months (situation `cheonan`: the sinking on 26 March is
#     a signal; the armed attack is recorded on 20 May, when the investigation named the DPRK).
#     Randomly drawn covert attacks are attributed at once.
#   - No ICBM launches in 2010 (capability of the year: the first ICBM-class launch came in 2017,
#     CNS icbm_coded), so icbm_rate is 0 and a nuclear strike on a homeland is out of reach
#     (dprk_homeland_nuclear_logit very low). The next nuclear test would have been the third.
#   - The Council's real product on the Cheonan was a presidential statement (S/PRST/2010/13):
#     the model has no statements; a condemnation draft withdrawn before a vote stands for it.
#   - The treaty channels of korea-2024 are at their no-treaty values (the 2000 treaty).
""")
top=top.replace("the same testing, incident and diplomacy processes and the same judgment parameters.","the same testing, incident and diplomacy processes and the same judgment parameters (the\n#   treaty channels at their no-treaty values, as in korea-2024-no-treaty).")
top=top.replace("#   F = ../shared/facts/facts.md:","#   F = facts/facts.md:")
top=top.replace("shared triggers or the shared parameters drift from korea-2024.yaml; port such changes here.","shared triggers or the shared parameters drift from korea-2024.yaml (the treaty channels from\n#   korea-2024-no-treaty.yaml); port such changes here — test/tools/gen-korea-2010.py regenerates\n#   the shared sections.") if "shared triggers or the shared parameters drift from korea-2024.yaml; port such changes here." in top else top

# ---- assemble body to know which parameters are referenced
act=b10['actors'].rstrip()
if 'UKR:' not in act: act+="\n  # Ukraine: at peace with Russia in 2010; named by Russia's intervention doctrine (the Ukraine war term).\n  UKR: { name: Ukraine }"
# korea-2024's outcomes section ends with the comment that introduces its metrics (2024–26 figures): not 2010's.
outcomes24=b24['outcomes'].split('\n# Numbers each run reports')[0]
body='\n\n'.join([b24['ladder'].rstrip(), reg.rstrip(), act, b10['relations'].rstrip(), var.rstrip(), doc.rstrip(), pacts.rstrip(), co.rstrip(), b10['sanctions'].rstrip(), trig.rstrip(), sit.rstrip(), outcomes24.rstrip()])
words=set(re.findall(r'[A-Za-z_][A-Za-z0-9_]*',body))

CHANNELS={'russia_fight_for_dprk','dprk_treaty_boldness','dprk_treaty_incident_boost','us_strike_treaty_deterrence','rok_strike_treaty_deterrence','rok_counteroffensive_treaty_deterrence','russia_tech_transfer_rate'}
OVERRIDE={
'icbm_rate':"""  icbm_rate:
    value: 0
    basis: data
    rationale: No ICBM-class launches in 2010; the first came in 2017 (CNS icbm_coded is 0 before 2017).
    source: CNS icbm_coded""",
'dprk_homeland_nuclear_logit':"""  dprk_homeland_nuclear_logit:
    value: -20
    basis: data
    rationale: In 2010 the DPRK had no delivery system for a homeland strike on the US (no ICBM-class launch before 2017); theatre use only.
    source: CNS icbm_coded""",
}
params=[]
for name,txt in p24:
    if name not in words and name not in OVERRIDE: continue
    if name in CHANNELS:
        if name in pnt: params.append((name,pnt[name]))
        continue
    if name in OVERRIDE: params.append((name,OVERRIDE[name])); continue
    params.append((name,txt))
extra="""  # --- Council in 2010 (F§2a: every DPRK sanctions resolution 2006–17 unanimous; F§2d: panel renewed every year) ---
  russia_panel_yes_2010:
    beta: [19, 1]
    basis: data
    rationale: Chance Russia votes for the panel renewal; the panel was renewed unanimously every year 2010–2023.
    source: F§2d
  china_panel_yes_2010:
    beta: [19, 1]
    basis: data
    rationale: Chance China votes for the panel renewal (same record).
    source: F§2d
  vote_2010_panel_abstain: { beta: [1, 19], basis: judgment, rationale: "Russia's and China's abstain weight on the 2010 panel renewal.", source: F§2d }
  vote_2010_yes_after_test: { beta: [9, 1], basis: data, rationale: "Russia's and China's yes weight on sanctions after a test (every resolution after the tests of 2006–17 was unanimous).", source: F§2a }
  vote_2010_abstain_after_test: { beta: [1, 9], basis: judgment, rationale: "Russia's and China's abstain weight on sanctions after a test.", source: F§2a }
  vote_2010_rus_sanctions_yes: { beta: [3, 7], basis: judgment, rationale: "Russia's yes weight on sanctions without a new test (2010).", source: F§2a }
  vote_2010_rus_sanctions_no: { beta: [2, 8], basis: judgment, rationale: "Russia's no weight on sanctions without a new test (2010).", source: F§2a }
  vote_2010_rus_sanctions_abstain: { beta: [5, 5], basis: judgment, rationale: "Russia's abstain weight on sanctions without a new test (2010).", source: F§2a }
  vote_2010_chn_sanctions_yes: { beta: [2, 8], basis: judgment, rationale: "China's yes weight on sanctions without a new test (2010).", source: F§2a }
  vote_2010_chn_sanctions_no: { beta: [3, 7], basis: judgment, rationale: "China's no weight on sanctions without a new test (2010).", source: F§2a }
  vote_2010_chn_sanctions_abstain: { beta: [5, 5], basis: judgment, rationale: "China's abstain weight on sanctions without a new test (2010).", source: F§2a }
  vote_2010_rus_condemn_no: { beta: [6, 4], basis: judgment, rationale: "Russia's no weight on a condemnation naming the DPRK (opposed naming it over the Cheonan).", source: F§5 }
  vote_2010_rus_condemn_abstain: { beta: [4, 6], basis: judgment, rationale: "Russia's abstain weight on such a condemnation.", source: F§5 }
  vote_2010_chn_condemn_no: { beta: [7, 3], basis: judgment, rationale: "China's no weight on a condemnation naming the DPRK (opposed naming it over the Cheonan).", source: F§5 }
  vote_2010_chn_condemn_abstain: { beta: [3, 7], basis: judgment, rationale: "China's abstain weight on such a condemnation.", source: F§5 }
  council_force_vote_2010:
    beta: [1, 12]
    basis: data
    rationale: >-
      Chance a sponsor expecting a veto put a DPRK draft to a vote in 2010: no DPRK draft was
      vetoed between 1983 and May 2022 (VETO), and the Cheonan condemnation was never put to a
      vote (F§5) — the Council issued a presidential statement instead.
    source: "VETO; F§5"
  rus_statement_objection_2010:
    beta: [1, 1]
    basis: data
    rationale: >-
      Relative weight of Russia objecting to a Council statement on a DPRK attack in 2010: it
      joined S/PRST/2010/13 on the Cheonan (F§5) and, with China, would not accept a statement
      condemning the Yeonpyeong shelling in December 2010 (F§2g): 1 of 2.
    source: "F§5; F§2g"
  rus_statement_consent_2010: { beta: [1, 1], basis: data, rationale: "Relative weight of Russia joining the consensus on such a statement in 2010 (1 of 2).", source: "F§5; F§2g" }
  chn_statement_objection_2010:
    beta: [1, 1]
    basis: data
    rationale: >-
      Relative weight of China objecting to a Council statement on a DPRK attack in 2010: joined
      S/PRST/2010/13 once it did not name the DPRK (F§5); rejected even an unnamed statement on
      Yeonpyeong (F§2g): 1 of 2.
    source: "F§5; F§2g"
  chn_statement_consent_2010: { beta: [1, 1], basis: data, rationale: "Relative weight of China joining the consensus on such a statement in 2010 (1 of 2).", source: "F§5; F§2g" }"""
ptext='# Shared with korea-2024 (kept identical; see the drift test; the treaty channels as in\n# korea-2024-no-treaty), then the 2010 Council\'s parameters.\nparameters:\n'+'\n'.join(t.rstrip('\n') for _,t in params)+'\n'+extra+'\n'
out=top.rstrip()+'\n\n'+ptext+'\n'+body+'\n'
open(K10,'w').write(out)
print(len(params),'params')
