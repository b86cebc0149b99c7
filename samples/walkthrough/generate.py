#!/usr/bin/env python3
"""Generates the walk-through sample: short chat memories of a B2B support assistant and a
labelled query set over them. Python 3 standard library only; the same seed gives the same bytes.

    python3 samples/walkthrough/generate.py [--seed 15] [--documents 2400] [--queries 300] [--out DIR]

Writes DIR/export.jsonl (the generic profile: id, content, document_type, created_at, user_id,
customer_id, metadata) and DIR/queries.jsonl (id, query, user_id, customer_id, scope,
expected_document_ids, tags). Documents belong to users (user_id + customer_id), to customers
(customer_id only) or to the client (neither): B2B scoping. A question is about one conversation
thread, so several turns are its relevant documents; tags say what kind of question it is.
"""
import argparse
import json
import os
import random

CUSTOMERS = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "stark", "wayne",
             "tyrell", "cyberdyne", "soylent", "wonka", "oscorp", "aperture", "massive", "duff"]
FIRST = ["morgan", "alex", "sam", "jordan", "taylor", "casey", "riley", "jamie", "avery", "quinn",
         "drew", "harper", "rowan", "emery", "finley", "hayden", "kai", "logan", "parker", "reese"]
ADJ = ["amber", "brisk", "cobalt", "dusky", "ember", "frosty", "gilded", "hollow", "ivory",
       "jade", "keen", "lunar", "mossy", "nimble", "onyx", "pale", "quiet", "russet", "silver",
       "tidal", "umber", "vivid", "woolly", "young", "zesty"]
NOUN = ["falcon", "otter", "heron", "lynx", "badger", "marten", "ibis", "kestrel", "puffin",
        "walrus", "gecko", "bison", "crane", "dingo", "egret", "ferret", "gannet", "hare",
        "jackal", "koala", "lemur", "magpie", "newt", "osprey", "plover"]
SYSTEMS = ["billing portal", "SSO login", "VPN client", "mobile app", "data export", "audit log",
           "webhook relay", "report builder", "API gateway", "inventory sync", "calendar bridge",
           "invoice mailer", "search index", "backup agent", "chat widget"]
SYMPTOMS = ["times out after {n} seconds", "shows error code E{n}", "drops every {n} minutes",
            "rejects files over {n} MB", "duplicates every {n}th record", "logs out after {n} clicks"]
FIXES = ["rotating the signing certificate", "raising the worker pool to {n}",
         "clearing the session cache", "pinning version 4.{n}", "re-indexing the tenant",
         "switching the region to eu-{n}", "disabling the legacy proxy"]
CHANNELS = ["email", "phone", "chat", "a ticket", "Slack"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
PLANS = ["Starter", "Team", "Business", "Enterprise"]


def turn(user, assistant):
    return "User: " + user + "\nAssistant: " + assistant


def issue_thread(r, codename):
    system = r.choice(SYSTEMS)
    symptom = r.choice(SYMPTOMS).format(n=r.randint(2, 90))
    fix = r.choice(FIXES).format(n=r.randint(1, 9))
    ticket = "T-%d" % r.randint(1000, 9999)
    turns = [
        turn("Our %s %s since the %s rollout." % (system, symptom, codename),
             "I opened ticket %s for the %s problem." % (ticket, system)),
        turn("Any news on ticket %s about the %s?" % (ticket, system),
             "Engineering traced it to the %s rollout; the fix is %s." % (codename, fix)),
    ]
    if r.random() < 0.6:
        turns.append(turn("The %s works again after %s, thanks." % (system, fix),
                          "Great, I closed ticket %s." % ticket))
    question = r.choice([
        "what was the problem with the %s after the %s rollout and how was it fixed"
        % (system, codename),
        "status of the %s issue from the %s rollout" % (system, codename),
        "what fix did support find for the %s" % system,
        "why does the %s fail" % system,
    ])
    return turns, question, ["multi-hop"] if len(turns) > 2 else ["single-hop"]


def preference_thread(r, codename):
    channel = r.choice(CHANNELS)
    hour = r.randint(7, 11)
    turns = [
        turn("Please contact me by %s about %s, never by phone after %d pm." % (channel, codename,
                                                                               hour),
             "Noted: %s for %s, no calls after %d pm." % (channel, codename, hour)),
        turn("For %s updates I also want a weekly digest on Fridays." % codename,
             "I set a Friday digest for %s." % codename),
    ]
    question = r.choice([
        "how does the user want to hear about %s updates" % codename,
        "how should we contact this user, and when not",
    ])
    return turns, question, ["preference"]


def temporal_thread(r, codename):
    month = r.choice(MONTHS)
    day = r.randint(1, 28)
    moved = r.choice(MONTHS)
    turns = [
        turn("The %s go-live is planned for %s %d." % (codename, month, day),
             "I noted %s %d as the %s go-live." % (month, day, codename)),
        turn("We moved the %s go-live to %s because of the audit." % (codename, moved),
             "Updated: %s now goes live in %s." % (codename, moved)),
    ]
    question = r.choice(["when does %s go live now" % codename, "when is the go-live date"])
    return turns, question, ["temporal"]


THREADS = [issue_thread, issue_thread, preference_thread, temporal_thread]


def generate(seed, documents, queries):
    r = random.Random(seed)
    export = []
    threads = []
    used = set()

    def codename():
        while True:
            name = "%s %s" % (r.choice(ADJ), r.choice(NOUN))
            tag = "%s-%d" % (name.title().replace(" ", ""), r.randint(10, 99))
            if tag not in used:
                used.add(tag)
                return tag

    def add(content, user, customer, kind):
        doc_id = "wt-%05d" % (len(export) + 1)
        day = 1 + len(export) % 28
        export.append({
            "id": doc_id,
            "content": content,
            "document_type": "ai-chat-conversation",
            "created_at": "2025-%02d-%02dT%02d:%02d:00Z" % (1 + len(export) % 12, day,
                                                            r.randint(8, 18), r.randint(0, 59)),
            "user_id": user,
            "customer_id": customer,
            "metadata": {"source": "helpdesk-bot", "kind": kind},
        })
        return doc_id

    client_docs = max(10, documents // 20)
    customer_docs = max(10, documents // 10)
    for i in range(client_docs):
        system = SYSTEMS[i % len(SYSTEMS)]
        add("The %s release notes say version 4.%d changed the %s retry limit to %d."
            % (system, i % 10, system, r.randint(2, 9)), None, None, "client")
    per_customer = customer_docs // len(CUSTOMERS)
    for c in CUSTOMERS:
        plan = r.choice(PLANS)
        for i in range(per_customer):
            add("%s is on the %s plan; support hours are %d to %d and renewals go through %s."
                % (c.title(), plan, r.randint(6, 9), r.randint(16, 20), r.choice(CHANNELS)),
                None, c, "customer")
    users = ["%s:%s.%s" % (c, f, c[0]) for c in CUSTOMERS for f in FIRST[:8]]
    while len(export) < documents:
        user = r.choice(users)
        customer = user.split(":")[0]
        name = codename()
        turns, question, tags = r.choice(THREADS)(r, name)
        ids = [add(t, user, customer, "user") for t in turns]
        threads.append({"user": user, "customer": customer, "question": question, "ids": ids,
                        "tags": tags})
    r.shuffle(threads)
    labelled = []
    for n, t in enumerate(threads[:queries]):
        labelled.append({
            "id": "wq%04d" % (n + 1),
            "query": t["question"],
            "user_id": t["user"],
            "customer_id": t["customer"],
            "scope": "user",
            "expected_document_ids": t["ids"],
            "tags": t["tags"],
        })
    return export, labelled


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seed", type=int, default=15)
    p.add_argument("--documents", type=int, default=2400)
    p.add_argument("--queries", type=int, default=300)
    p.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = p.parse_args()
    export, labelled = generate(a.seed, a.documents, a.queries)
    os.makedirs(a.out, exist_ok=True)
    for name, rows in (("export.jsonl", export), ("queries.jsonl", labelled)):
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="\n") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d documents and %d labelled queries to %s" % (len(export), len(labelled), a.out))


if __name__ == "__main__":
    main()
