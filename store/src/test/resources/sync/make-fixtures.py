# Run from this folder (store/src/test/resources/sync) to rebuild the recorded pages: python3 make-fixtures.py
# Builds the recorded SyncFeed pages and the final-state OData pages for the sync tests from real Tweede Kamer records.
import json, copy, os, html
SRC='/work/shared/reference/tk-opendata/tommyvanderwal__motiematcher/bronmateriaal-onbewerkt/'
def load(p):
    d=json.load(open(SRC+p,encoding='utf-8')); return d['value'] if isinstance(d,dict) else d
zaak=load('zaak/zaak_page_1_fullterm_20251002_231433.json')
docs=load('document/document_page_100_fullterm_20251003_000140.json')
stem=load('stemming_complete/stemming_page_1_complete_20251003_084727.json')
z=[copy.deepcopy(r) for r in zaak[:6]]
live=[r for r in docs if not r['Verwijderd']][:3]
dead=[r for r in docs if r['Verwijderd']][:1]
d=[copy.deepcopy(live[0]),copy.deepcopy(live[1]),copy.deepcopy(dead[0]),copy.deepcopy(live[2])]
s=[copy.deepcopy(r) for r in stem if r['Persoon_Id'] is None][:2]+[copy.deepcopy(r) for r in stem if r['Persoon_Id']][:1]
if len(s)<3: s=[copy.deepcopy(r) for r in stem[:3]]
# a besluit naming its agendapunt, and the agendapunt naming its activiteit, only by GUID (Agendapunt_Id,
# Activiteit_Id): their IRIs are minted from the numbers 2022P17046 and 2022A07659, which sync must look up
besluit_full=json.load(open('/work/shared/reference/tk-opendata/Mentalist__gegevensmagazijn-rs/tests/responses/singular.besluit.json',encoding='utf-8'))
def flat(r): return {k:v for k,v in r.items() if not isinstance(v,(dict,list)) and not k.startswith('@')}
agendapunt=flat(besluit_full['Agendapunt']); activiteit=flat(besluit_full['Agendapunt']['Activiteit']); besluit=flat(besluit_full)
# four real votes on that besluit (Omtzigt Voor 1, GroenLinks Voor 8, BBB Voor 1, JA21 Tegen 3): its vote event is
# counted from votes of two pages; later GroenLinks changes from Voor to Tegen and BBB's vote is deleted
v=[flat(r) for r in besluit_full['Stemming'][:4]]
def changed(r, field, value, when_local, when_utc):
    r=copy.deepcopy(r); r[field]=value; r['GewijzigdOp']=when_local; r['ApiGewijzigdOp']=when_utc; return r
def arrives(r, when_utc):
    # a record first published later: the API stamps it then (ApiGewijzigdOp only grows), its GewijzigdOp stays
    r=copy.deepcopy(r); r['ApiGewijzigdOp']=when_utc; return r
def deleted(r, when_local, when_utc):
    t={k:None for k in r}; t['Id']=r['Id']; t['Verwijderd']=True; t['GewijzigdOp']=when_local; t['ApiGewijzigdOp']=when_utc; return t
T1=('2025-11-03T10:15:00.123+01:00','2025-11-03T09:15:02.5000000Z')
T2=('2025-11-04T16:40:10.5+01:00','2025-11-04T15:40:12.2500000Z')
T3=('2025-11-05T08:05:00+01:00','2025-11-05T07:05:01.1000000Z')
history={
 'Zaak':[[z[0],z[1],z[2]],
         [arrives(z[3],T1[1]),changed(z[1],'Onderwerp','Motie (gewijzigd) over erkenning van minderheden',*T1),arrives(z[4],T1[1])],
         [deleted(z[2],*T2),arrives(z[5],T2[1]),changed(z[0],'Status','Afgedaan',*T2)]],
 'Document':[[d[0],d[1],d[3]],
             [arrives(d[2],T1[1]),deleted(d[1],*T1),changed(d[3],'Titel','Gewijzigde titel van het document',*T3)]],
 'Activiteit':[[activiteit]],
 'Agendapunt':[[agendapunt]],
 'Besluit':[[besluit]],
 'Stemming':[[s[0],s[1],s[2],v[0],v[1],v[2],v[3]],
             [deleted(s[1],*T3),changed(v[1],'Soort','Tegen',*T3),deleted(v[2],*T3)]],
}
NS='http://www.tweedekamer.nl/xsd/tkData/v1-0'
def elem(entity, r):
    name=entity[0].lower()+entity[1:]
    attrs=f' id="{r["Id"]}" tk:bijgewerkt="{r["GewijzigdOp"]}" tk:verwijderd="{"true" if r["Verwijderd"] else "false"}"'
    if r.get('ContentType'): attrs+=f' tk:contentType="{r["ContentType"]}" tk:contentLength="{r["ContentLength"]}"'
    head=f'<{name} xmlns="{NS}" xmlns:tk="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"{attrs}'
    if r['Verwijderd']: return head+'/>'
    rel=[];att=[]
    for k,v in r.items():
        if k in ('Id','GewijzigdOp','ApiGewijzigdOp','Verwijderd','ContentType','ContentLength'): continue
        if k.endswith('_Id'):
            if v is not None: rel.append(f'<{k[0].lower()+k[1:-3]} ref="{v}"/>')
            continue
        en=k[0].lower()+k[1:]
        if v is None: att.append(f'<{en} xsi:nil="true"/>')
        elif isinstance(v,bool): att.append(f'<{en}>{"true" if v else "false"}</{en}>')
        else: att.append(f'<{en}>{html.escape(str(v),quote=False)}</{en}>')
    return head+'>\n        '+'\n        '.join(rel+att)+f'\n      </{name}>'
TK='https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0'
token=41002000
os.makedirs('syncfeed',exist_ok=True)
for entity,pages in history.items():
    prev=None
    for i,page in enumerate(pages+[[]]):
        entries=[]
        for r in page:
            token+=7
            enc=f'\n    <link rel="enclosure" href="{TK}/Resources/{r["Id"]}"/>' if r.get('ContentType') and not r['Verwijderd'] else ''
            entries.append(f'''  <entry>
    <title type="text">{r["Id"]}</title>
    <id>{TK}/Entiteiten/{r["Id"]}</id>
    <author><name>Tweede Kamer der Staten-Generaal</name></author>
    <updated>{r["ApiGewijzigdOp"]}</updated>
    <category term="{entity[0].lower()+entity[1:]}"/>
    <link rel="next" href="{TK}/Feed?skiptoken={token}&amp;category={entity}"/>{enc}
    <content type="application/xml">
      {elem(entity,r)}
    </content>
  </entry>''')
        self_url=f'{TK}/Feed?category={entity}'+(f'&amp;skiptoken={prev}' if prev else '')
        nxt=f'\n  <link rel="next" href="{TK}/Feed?skiptoken={token}&amp;category={entity}"/>' if page else ''
        xml=f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Gegevensmagazijn SyncFeed</title>
  <id>{TK}/Feed</id>
  <updated>2025-11-06T12:00:00Z</updated>
  <link rel="self" href="{self_url}"/>{nxt}
'''+'\n'.join(entries)+('\n' if entries else '')+'</feed>\n'
        fname=f'syncfeed/{entity}-{"start" if prev is None else prev}.xml'
        open(fname,'w',encoding='utf-8').write(xml)
        prev=token
# the final state, as the OData API shows it after all the changes: one page per entity
def final(pages):
    state={}
    for page in pages:
        for r in page: state[r['Id']]=r
    return list(state.values())
os.makedirs('final',exist_ok=True)
for entity,pages in history.items():
    json.dump({'@odata.context':f'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#{entity}','value':final(pages)},
              open(f'final/{entity}.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
# the history itself, for the OData delta replay: every version in the order it happened
json.dump(history,open('history.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)

# --bench OUTDIR: a larger feed for SyncThroughputBench (not used by the tests): all records of the three source files,
# 50 entries a page, plus final/<Entity>.json with the same records.
import sys
if len(sys.argv) == 3 and sys.argv[1] == '--bench':
    out = sys.argv[2]
    os.makedirs(out + '/syncfeed', exist_ok=True); os.makedirs(out + '/final', exist_ok=True)
    full = {'Zaak': zaak, 'Document': docs, 'Stemming': stem}
    for entity, records in full.items():
        prev = None
        pages = [records[i:i+50] for i in range(0, len(records), 50)] + [[]]
        for page in pages:
            entries = []
            for r in page:
                token += 7
                entries.append(f'''  <entry><title type="text">{r["Id"]}</title><id>{TK}/Entiteiten/{r["Id"]}</id><updated>{r["ApiGewijzigdOp"]}</updated>
    <category term="{entity.lower()}"/><link rel="next" href="{TK}/Feed?skiptoken={token}&amp;category={entity}"/>
    <content type="application/xml">{elem(entity, r)}</content></entry>''')
            nxt = f'<link rel="next" href="{TK}/Feed?skiptoken={token}&amp;category={entity}"/>' if page else ''
            xml = f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Gegevensmagazijn SyncFeed</title>{nxt}\n' + '\n'.join(entries) + '\n</feed>\n'
            open(f'{out}/syncfeed/{entity}-{"start" if prev is None else prev}.xml', 'w', encoding='utf-8').write(xml)
            prev = token
        json.dump({'value': records}, open(f'{out}/final/{entity}.json', 'w', encoding='utf-8'), ensure_ascii=False)
