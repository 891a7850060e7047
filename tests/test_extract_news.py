"""Constructions of real news reporting, in sentences of our own, on the real spaCy model.

Each case gives a text, the triples that must be found and the triples that
must not be (symmetric relations in either order).
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.layout import is_prose_line
from kg.extract.pipeline import Extractor, sanitize
from kg.records import SYMMETRIC_RELATIONS, Document, Fact

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _key(t: Triple) -> Triple:
    s, r, o = t
    return (o, r, s) if r in SYMMETRIC_RELATIONS and o < s else t


def run(extractor: Extractor, text: str) -> list[Fact]:
    return extractor.extract(Document(text, id="t", date="2025-01-01"))


CASES: list[tuple[str, str, set[Triple], set[Triple]]] = [
    (
        "round_with_participation_list",
        "Brightwave raised $120 million in a Series B round led by Sequoia Capital, with "
        "participation from Accel, Index Ventures and Lightspeed Venture Partners.",
        {
            ("Sequoia Capital", "invests_in", "Brightwave"),
            ("Accel", "invests_in", "Brightwave"),
            ("Index Ventures", "invests_in", "Brightwave"),
            ("Lightspeed Venture Partners", "invests_in", "Brightwave"),
        },
        {
            ("Accel", "invests_in", "Sequoia Capital"),
            ("Accel", "partners_with", "Index Ventures"),
        },
    ),
    (
        "round_led_in_next_sentence",
        "Brightwave raised $120 million. The round was led by Sequoia Capital, with "
        "participation from Accel and Greenoaks.",
        {
            ("Sequoia Capital", "invests_in", "Brightwave"),
            ("Accel", "invests_in", "Brightwave"),
            ("Greenoaks", "invests_in", "Brightwave"),
        },
        set(),
    ),
    (
        "round_raised_by_it",
        "Kestrel Dynamics, a rival to Brightwave, is growing fast. It raised $90 million, a "
        "deal led by Sequoia Capital.",
        {("Sequoia Capital", "invests_in", "Kestrel Dynamics")},
        {("Sequoia Capital", "invests_in", "Brightwave")},
    ),
    (
        "possessive_name_before_a_name_of_its_own",
        "Nvidia said demand for its H100 Tensor Core GPUs keeps growing.",
        {("Nvidia", "develops", "H100")},
        set(),
    ),
    (
        "announced_product_named_before_its_kind",
        "Nvidia announced the new Blackwell platform in March, weeks after OpenAI bought "
        "Nvidia chips.",
        {("Nvidia", "develops", "Blackwell"), ("OpenAI", "uses", "Nvidia")},
        {("OpenAI", "develops", "Nvidia")},
    ),
    (
        "delivered_products_and_chips",
        "Nvidia delivered the first GB200 servers to Microsoft last week and shipped Blackwell "
        "chips to Oracle, after OpenAI sent a letter to Nvidia.",
        {
            ("Microsoft", "uses", "GB200"),
            ("Microsoft", "uses", "Nvidia"),
            ("Oracle", "uses", "Nvidia"),
        },
        {("Nvidia", "uses", "OpenAI")},
    ),
    (
        "tapping_into_a_cloud",
        "Microsoft will extend its capacity by tapping into Oracle Cloud Infrastructure.",
        {("Microsoft", "uses", "Oracle Cloud Infrastructure")},
        set(),
    ),
    (
        "would_have_bought_is_no_acquisition",
        "The merger, which regulators blocked, would have let Kestrel Dynamics buy Brightwave. "
        "Kestrel Dynamics has since acquired Halvex Systems.",
        {("Kestrel Dynamics", "acquires", "Halvex Systems")},
        {("Kestrel Dynamics", "acquires", "Brightwave")},
    ),
    (
        "round_valued_and_included",
        "The round valued Kestrel Dynamics at $9 billion and included Nvidia and Jeff Bezos.",
        {
            ("Nvidia", "invests_in", "Kestrel Dynamics"),
            ("Jeff Bezos", "invests_in", "Kestrel Dynamics"),
        },
        set(),
    ),
    (
        "round_drew_money_from",
        "Kestrel Dynamics' latest funding round drew $300 million from Sequoia Capital and Accel.",
        {
            ("Sequoia Capital", "invests_in", "Kestrel Dynamics"),
            ("Accel", "invests_in", "Kestrel Dynamics"),
        },
        set(),
    ),
    (
        "titles_share_the_company_after_them",
        "Dana Reyes, co-founder and CEO of Kestrel Dynamics, spoke on Monday. Omar Haddad, "
        "the co-founder and chief executive of Brightwave, spoke next.",
        {
            ("Kestrel Dynamics", "founded_by", "Dana Reyes"),
            ("Dana Reyes", "leads", "Kestrel Dynamics"),
            ("Brightwave", "founded_by", "Omar Haddad"),
            ("Omar Haddad", "leads", "Brightwave"),
        },
        set(),
    ),
    (
        "possessive_title_before_the_name",
        "OpenAI's CEO Sam Altman and Microsoft's CEO Satya Nadella appeared together.",
        {("Sam Altman", "leads", "OpenAI"), ("Satya Nadella", "leads", "Microsoft")},
        {("Sam Altman", "leads", "Microsoft")},
    ),
    (
        "working_alongside",
        "Kestrel Dynamics will work alongside Brightwave on custom chips.",
        {("Kestrel Dynamics", "partners_with", "Brightwave")},
        set(),
    ),
    (
        "unnamed_part_runs_on",
        "Kestrel Dynamics' new features run on GPT-4.",
        {("Kestrel Dynamics", "uses", "GPT-4")},
        set(),
    ),
    (
        "project_builder_uses_what_it_is_built_with",
        "xAI built its Colossus supercomputer with 100,000 Nvidia H100 GPUs.",
        {("xAI", "uses", "H100"), ("xAI", "develops", "Colossus")},
        {("Colossus", "uses", "H100")},
    ),
    (
        "short_name_of_a_curated_entry",
        "Mistral's Le Chat assistant now supports image generation, and Inflection built Pi.",
        {("Mistral AI", "develops", "Le Chat"), ("Inflection AI", "develops", "Pi")},
        set(),
    ),
    (
        "company_parent_name",
        "Kestrel parent Halvex Systems invested in Brightwave.",
        {
            ("Kestrel", "subsidiary_of", "Halvex Systems"),
            ("Halvex Systems", "invests_in", "Brightwave"),
        },
        {("Kestrel", "invests_in", "Brightwave")},
    ),
    (
        "unnamed_product_uses_and_draws_on",
        "Kestrel Dynamics' support bot uses OpenAI technology, Brightwave's answer engine draws "
        "on GPT-4 and Claude, and Halvex Systems' customers use AMD chips.",
        {
            ("Kestrel Dynamics", "uses", "OpenAI"),
            ("Brightwave", "uses", "GPT-4"),
            ("Brightwave", "uses", "Claude"),
        },
        {("Halvex Systems", "uses", "AMD")},
    ),
    (
        "led_the_round_that_valued",
        "Sequoia Capital will lead the round, which could value Kestrel Dynamics at $3 billion.",
        {("Sequoia Capital", "invests_in", "Kestrel Dynamics")},
        set(),
    ),
    (
        "name_ending_in_a_title_word",
        "The deal was announced by Kestrel AI CEO Dana Reyes and Halvex Chief AI Officer "
        "Omar Haddad.",
        {("Dana Reyes", "leads", "Kestrel AI")},
        {("Omar Haddad", "leads", "Halvex")},
    ),
    (
        "lead_investor_is_no_company_raising",
        "The investment, which values the company at $18 billion, was led by Sequoia Capital, "
        "with participation from Accel and Index Ventures.",
        set(),
        {
            ("Accel", "invests_in", "Sequoia Capital"),
            ("Index Ventures", "invests_in", "Sequoia Capital"),
        },
    ),
    (
        "round_investments_from_in_the_next_sentence",
        "OSLO, Sept 9 (Reuters) - Finch Robotics has raised $120 million in a round "
        "led by Lightspeed Venture Partners, the firm said on Tuesday. The round, "
        "which values the Oslo-based startup at $1.5 billion, includes investments "
        "from Balderton Capital, Siemens and Atomico.",
        {
            ("Atomico", "invests_in", "Finch Robotics"),
            ("Balderton Capital", "invests_in", "Finch Robotics"),
            ("Lightspeed Venture Partners", "invests_in", "Finch Robotics"),
            ("Siemens", "invests_in", "Finch Robotics"),
        },
        {
            ("Balderton Capital", "invests_in", "Lightspeed Venture Partners"),
        },
    ),
    (
        "pronoun_is_no_kind_of_chip",
        "The startup plans to spend $20 billion on Nvidia GPUs, which it will rent from CoreWeave.",
        set(),
        {("Nvidia", "uses", "CoreWeave")},
    ),
    (
        "supplied_with_a_named_product",
        "Halvex Systems will supply Kestrel Dynamics with H100 chips.",
        {("Kestrel Dynamics", "uses", "H100"), ("Kestrel Dynamics", "uses", "Halvex Systems")},
        set(),
    ),
    (
        "counted_as_customers_and_paid_for_capacity",
        "Halvex Cloud counts Kestrel Dynamics and Brightwave as customers, and Lumora AI will "
        "pay Halvex Cloud $3 billion a year for computing capacity.",
        {
            ("Kestrel Dynamics", "uses", "Halvex Cloud"),
            ("Brightwave", "uses", "Halvex Cloud"),
            ("Lumora AI", "uses", "Halvex Cloud"),
        },
        set(),
    ),
    (
        "oversaw_a_deal_named_for_a_company",
        "Dana Reyes, who became Kestrel Dynamics' CEO in 2014, oversaw the Brightwave deal.",
        {("Dana Reyes", "leads", "Kestrel Dynamics")},
        {("Dana Reyes", "leads", "Brightwave")},
    ),
    (
        "possessor_name_relation_noun",
        "Halvex Systems' Kestrel Dynamics stake is worth billions. Brightwave's rival Lumora AI "
        "grew fast, and Quantix's partner Tessaly Labs shipped a model.",
        {
            ("Halvex Systems", "invests_in", "Kestrel Dynamics"),
            ("Lumora AI", "competes_with", "Brightwave"),
            ("Tessaly Labs", "partners_with", "Quantix"),
        },
        set(),
    ),
    (
        "pair_partnership_and_integration_nouns",
        "The Cohere-Oracle partnership has been reworked, and Quantix's Claude "
        "integration arrived in May.",
        {
            ("Cohere", "partners_with", "Oracle"),
            ("Quantix", "integrates", "Claude"),
        },
        set(),
    ),
    (
        "positioned_against",
        "Huawei is positioning its Ascend chips against Nvidia's H20.",
        {("Huawei", "competes_with", "Nvidia")},
        set(),
    ),
    (
        "facilities_packed_with_chips",
        "Kestrel Dynamics' data centers are packed with Nvidia GPUs, and Brightwave filled its "
        "new cluster with GB200 chips.",
        {("Kestrel Dynamics", "uses", "Nvidia"), ("Brightwave", "uses", "GB200")},
        set(),
    ),
    (
        "known_name_the_tagger_misreads_in_a_list",
        "Sequoia Capital has invested in both Kestrel Dynamics and xAI.",
        {
            ("Sequoia Capital", "invests_in", "Kestrel Dynamics"),
            ("Sequoia Capital", "invests_in", "xAI"),
        },
        set(),
    ),
    (
        "object_read_as_an_attribute",
        "Mustafa Suleyman, a co-founder of DeepMind, now leads Microsoft AI.",
        {("Mustafa Suleyman", "leads", "Microsoft AI")},
        set(),
    ),
    (
        "access_got_from_a_company_is_no_funding",
        "Brightwave will get access to up to one million TPUs from Google.",
        {("Brightwave", "uses", "TPU")},
        {("Google", "invests_in", "Brightwave")},
    ),
    (
        "a_model_trained_on_chips_its_maker_uses",
        "Kestrel Dynamics' Orbit models are trained on AWS Trainium chips.",
        {("Kestrel Dynamics", "uses", "Trainium")},
        set(),
    ),
    (
        "chips_another_company_makes",
        "Brightwave's chips are made by TSMC, and Samsung will produce Kestrel Dynamics' next "
        "AI processors.",
        {("Brightwave", "uses", "TSMC"), ("Kestrel Dynamics", "uses", "Samsung")},
        set(),
    ),
    (
        "among_the_investors_in",
        "Nvidia is among the investors in xAI.",
        {("Nvidia", "invests_in", "xAI")},
        set(),
    ),
    (
        "a_description_in_a_subordinate_clause",
        "Nvidia is set to pour up to $25 billion into the startup Quillon as the AI "
        "lab deploys its hardware.",
        {
            ("Nvidia", "invests_in", "Quillon"),
            ("Quillon", "uses", "Nvidia"),
        },
        {
            ("Nvidia", "uses", "Quillon"),
        },
    ),
    (
        "one_of_a_group_is_no_antecedent_of_the_company",
        "Quillon has pulled in $58 million. The round was led by Pinecrest Capital. "
        "Earlier investors Finch Ventures and Omar Lee also took part. The company "
        "was founded in 2021 by Ana Ruiz.",
        {
            ("Finch Ventures", "invests_in", "Quillon"),
            ("Quillon", "founded_by", "Ana Ruiz"),
        },
        {
            ("Finch Ventures", "founded_by", "Ana Ruiz"),
            ("Pinecrest Capital", "founded_by", "Ana Ruiz"),
        },
    ),
    (
        "coordinated_subjects_are_no_antecedent",
        "Perplexity has closed a new funding round. Nvidia and SoftBank participated. The "
        "company, led by chief executive Aravind Srinivas, competes with Google in search.",
        {("Aravind Srinivas", "leads", "Perplexity"), ("Perplexity", "competes_with", "Google")},
        {("Aravind Srinivas", "leads", "Nvidia"), ("Nvidia", "competes_with", "Google")},
    ),
    (
        "participated_according_to_a_source",
        "Tessaly has wrapped up a new funding round. Osprey Capital and Finch "
        "Ventures participated, according to sources briefed on the deal.",
        {
            ("Finch Ventures", "invests_in", "Tessaly"),
            ("Osprey Capital", "invests_in", "Tessaly"),
        },
        set(),
    ),
    (
        "also_investors_after_a_round",
        "Kestrel Dynamics raised $2 billion. Greenoaks led the round. Alphabet and Nvidia are "
        "also investors.",
        {
            ("Greenoaks", "invests_in", "Kestrel Dynamics"),
            ("Alphabet", "invests_in", "Kestrel Dynamics"),
            ("Nvidia", "invests_in", "Kestrel Dynamics"),
        },
        set(),
    ),
    (
        "a_deal_announced_by_two_companies",
        "Brightwave and Kestrel Dynamics announced a deal to develop custom AI accelerators.",
        {("Brightwave", "partners_with", "Kestrel Dynamics")},
        set(),
    ),
    (
        "a_plural_common_noun_starting_a_sentence",
        "Startups like Groq and Cerebras have joined the race to challenge Nvidia.",
        {("Groq", "competes_with", "Nvidia")},
        {("Startups", "competes_with", "Groq"), ("Startups", "competes_with", "Nvidia")},
    ),
    (
        "an_owned_product_is_developed_by_its_owner",
        "Instagram, which is owned by Meta, launched a new feature. ByteDance-owned TikTok "
        "faces a ban.",
        # (TikTok is a company too: owned, it is the company, a unit of its owner.)
        {("Meta", "develops", "Instagram"), ("TikTok Inc.", "subsidiary_of", "ByteDance")},
        set(),
    ),
    (
        "its_own_unnamed_host_tagged_as_a_name",
        "Notion has added GPT-4 to its workspace app.",
        {("Notion", "integrates", "GPT-4")},
        set(),
    ),
    (
        "a_model_trained_on_chips_is_no_app",
        "Gemini was trained on TPUs from Brightwave.",
        set(),
        {("Gemini app", "uses", "TPU")},
    ),
    (
        "a_finite_verb_misread_as_a_participle",
        "Anthropic partnered with Palantir and AWS to bring Claude to US defense agencies.",
        {
            ("Anthropic", "partners_with", "Palantir"),
            ("Anthropic", "partners_with", "Amazon Web Services"),
        },
        {("Palantir", "partners_with", "Amazon Web Services")},
    ),
    (
        "a_partner_for_a_company_product",
        "Salesforce is a launch partner for Google's Gemini Enterprise.",
        {("Salesforce", "partners_with", "Google")},
        {("Salesforce", "partners_with", "Gemini Enterprise")},
    ),
    (
        "among_its_backers_with_an_owned_name",
        "Brightwave raised money. Amazon and Alphabet's Google are among its biggest backers.",
        {("Amazon", "invests_in", "Brightwave"), ("Google", "invests_in", "Brightwave")},
        set(),
    ),
    (
        "the_owner_of_a_coordinated_subject_is_no_antecedent",
        "Brightwave raised money. Amazon and Alphabet's Google invested in the company.",
        {("Amazon", "invests_in", "Brightwave"), ("Google", "invests_in", "Brightwave")},
        {("Amazon", "invests_in", "Alphabet")},
    ),
    (
        "bare_rivals_of_the_main_subject",
        "Intel has struggled in recent years as rivals like AMD and Nvidia captured the market "
        "for AI chips.",
        {("AMD", "competes_with", "Intel"), ("Nvidia", "competes_with", "Intel")},
        set(),
    ),
    (
        "bare_rivals_such_as_or_including",
        "Apple has lagged behind rivals such as Google and Samsung. Meta has offered big pay "
        "packages to lure researchers from rivals including OpenAI and Anthropic.",
        {
            ("Google", "competes_with", "Apple"),
            ("Samsung", "competes_with", "Apple"),
            ("OpenAI", "competes_with", "Meta"),
            ("Anthropic", "competes_with", "Meta"),
        },
        set(),
    ),
    (
        "bare_rivals_in_a_relative_clause_belong_elsewhere",
        "Intel wants to regain its edge over TSMC, which produces chips for competitors like "
        "Nvidia.",
        set(),
        {("Nvidia", "competes_with", "TSMC")},
    ),
    (
        "a_deal_to_develop_chips_is_a_partnership",
        "Nvidia said it would invest in OpenAI, which has also signed a deal with Broadcom to "
        "develop custom chips.",
        {("OpenAI", "partners_with", "Broadcom")},
        set(),
    ),
    (
        "the_lawsuit_told_before_names_the_defendant",
        "Two authors have filed a lawsuit against Brightwave over its training data. The "
        "proposed class action, filed on Friday by novelist Dana Reyes, says the company "
        "copied her books.",
        {("Dana Reyes", "sues", "Brightwave")},
        set(),
    ),
    (
        "given_a_stake_in",
        "The restructuring gives Microsoft a 27% stake in Brightwave.",
        {("Microsoft", "invests_in", "Brightwave")},
        set(),
    ),
    (
        "a_name_the_ner_cut_after_a_title",
        "Informatica chief executive Amit Walia will join Salesforce after the deal closes.",
        {("Amit Walia", "leads", "Informatica")},
        {("Walia", "leads", "Informatica")},
    ),
    (
        "the_one_who_said_it",
        "Google agreed in March to buy Wiz for $32 billion, and ServiceNow said it would "
        "acquire Moveworks for $2.85 billion.",
        {("Google", "acquires", "Wiz"), ("ServiceNow", "acquires", "Moveworks")},
        {("Google", "acquires", "Moveworks")},
    ),
    (
        "a_product_of_its_own_family_is_no_supply",
        "Amazon Web Services offers the model through Bedrock.",
        set(),
        {("Amazon Web Services", "uses", "Amazon Bedrock")},
    ),
    (
        "took_part_in_the_round_two_sentences_back",
        "Brightwave said it had raised 1.7 billion euros in a round led by ASML. ASML invested "
        "1.3 billion euros and will hold a stake of about 11%. Existing investors including "
        "Nvidia and Lux Capital also took part.",
        {("Nvidia", "invests_in", "Brightwave"), ("Lux Capital", "invests_in", "Brightwave")},
        set(),
    ),
    (
        "a_product_runs_on_its_makers_models",
        "Brightwave said its Orbit assistant runs on its own models.",
        {("Brightwave", "develops", "Orbit")},
        {("Orbit", "uses", "Brightwave")},
    ),
    (
        "names_in_apposition_to_a_listed_noun",
        "Kestrel Dynamics was founded in 2023 by former Google DeepMind and Meta researchers "
        "Arthur Mensch, Guillaume Lample and Timothee Lacroix.",
        {
            ("Kestrel Dynamics", "founded_by", "Arthur Mensch"),
            ("Kestrel Dynamics", "founded_by", "Guillaume Lample"),
        },
        set(),
    ),
    (
        "a_contract_to_provide_computing_power",
        "Oracle has signed a contract with Brightwave to provide $300 billion of computing "
        "power over roughly five years.",
        {("Brightwave", "uses", "Oracle")},
        set(),
    ),
    (
        "the_two_companies_said_they",
        "Brightwave raised money in a round led by ASML. The two companies said they would "
        "collaborate on AI models for lithography.",
        {("ASML", "partners_with", "Brightwave")},
        set(),
    ),
    (
        "a_venture_formed_with",
        "Oracle is building data centers for the Stargate venture, which it formed with "
        "Brightwave and SoftBank in January.",
        {("Oracle", "partners_with", "Brightwave"), ("Oracle", "partners_with", "SoftBank")},
        set(),
    ),
    (
        "a_list_member_with_an_owner_is_no_unit_of_it",
        "Brightwave raised $675 million last year from backers including Microsoft, Nvidia, "
        "Jeff Bezos and Intel's venture arm.",
        {("Microsoft", "invests_in", "Brightwave")},
        {("Microsoft", "subsidiary_of", "Intel"), ("Nvidia", "subsidiary_of", "Intel")},
    ),
    (
        "a_kind_word_under_a_headline",
        "Figure AI ends OpenAI deal after robotics breakthrough\n\nHumanoid robot maker Figure "
        "AI has ended its collaboration agreement with OpenAI.",
        set(),
        {("Figure AI", "develops", "Humanoid")},
    ),
    (
        "the_maker_and_its_chief_executive",
        "Elon Musk's xAI raised money. Musk, who co-founded OpenAI in 2015, is suing the ChatGPT "
        "maker and its chief executive Sam Altman.",
        {
            ("Elon Musk", "sues", "OpenAI"),
            ("Elon Musk", "sues", "Sam Altman"),
            ("Sam Altman", "leads", "OpenAI"),
        },
        {("Sam Altman", "develops", "ChatGPT"), ("Sam Altman", "leads", "xAI")},
    ),
    (
        "participated_after_a_round_that_valued_the_company",
        "Brightwave raised money last year. The company is now valued at $39 billion after a "
        "Series C round led by Parkway Venture Capital. Brookfield and Salesforce also "
        "participated.",
        {("Brookfield", "invests_in", "Brightwave"), ("Salesforce", "invests_in", "Brightwave")},
        set(),
    ),
    (
        "a_second_with_after_a_relative_clause",
        "Figure AI competes with Tesla, whose Optimus robot is still in development, and with "
        "Agility Robotics and Apptronik.",
        {
            ("Figure AI", "competes_with", "Agility Robotics"),
            ("Figure AI", "competes_with", "Apptronik"),
        },
        set(),
    ),
    (
        "an_unnamed_product_built_on_a_model",
        "JPMorgan Chase has rolled out an internal assistant built on Brightwave's models to "
        "200,000 employees, while Goldman Sachs is testing a tool powered by Anthropic's Claude.",
        {("JPMorgan Chase", "uses", "Brightwave"), ("Goldman Sachs", "uses", "Claude")},
        set(),
    ),
    (
        "added_to_a_list_is_no_integration",
        "The Commerce Department added Zhipu AI to its entity list in January.",
        set(),
        {("Commerce Department", "integrates", "Zhipu AI")},
    ),
    (
        "a_person_who_ran_an_app_managed_it",
        "Dana Reyes previously spent a decade at Meta, where she ran the Facebook app. Kakao "
        "operates the messaging app KakaoTalk.",
        {("Kakao", "develops", "KakaoTalk")},
        {("Dana Reyes", "develops", "Facebook")},
    ),
    (
        "a_date_is_no_object_of_in",
        "Microsoft invested $1 billion in Brightwave in 2019, and Nvidia followed with $500 "
        "million in 2023.",
        {("Microsoft", "invests_in", "Brightwave")},
        set(),
    ),
    (
        "listed_subjects_before_a_misread_verb",
        "Sequoia and Accel invested in Brightwave's Series A round.",
        {("Sequoia Capital", "invests_in", "Brightwave"), ("Accel", "invests_in", "Brightwave")},
        set(),
    ),
    (
        "a_round_told_by_its_label",
        "Accel led Brightwave's Series B.",
        {("Accel", "invests_in", "Brightwave")},
        {("Accel", "invests_in", "Series B")},
    ),
    (
        "co_led_by_is_leading",
        "The $40 million round was co-led by Sequoia and Index Ventures, with participation "
        "from Nvidia.",
        set(),
        {
            ("Nvidia", "invests_in", "Index Ventures"),
            ("Sequoia Capital", "invests_in", "Index Ventures"),
        },
    ),
    (
        "a_round_led_by_a_hyphenated_name",
        "Brightwave raised $50 million in an Accel-led round. The Sequoia-led round valued "
        "Kestrel Dynamics at $1 billion.",
        {
            ("Accel", "invests_in", "Brightwave"),
            ("Sequoia Capital", "invests_in", "Kestrel Dynamics"),
        },
        set(),
    ),
    (
        "both_backed_by_read_as_the_main_verb",
        "Kestrel Dynamics and Brightwave, both backed by Nvidia, compete in inference chips.",
        {("Nvidia", "invests_in", "Kestrel Dynamics"), ("Nvidia", "invests_in", "Brightwave")},
        set(),
    ),
    (
        "part_of_a_company",
        "DeepMind, today part of Google, launched a weather model. Nuance now runs as "
        "part of Microsoft's health unit. Ana Ruiz will join as part of the Google "
        "DeepMind research team.",
        {
            ("Google DeepMind", "subsidiary_of", "Google"),
            ("Nuance", "subsidiary_of", "Microsoft"),
        },
        {
            ("Google", "subsidiary_of", "Google DeepMind"),
        },
    ),
    (
        "a_unit_does_not_invest_in_its_parent",
        "NVentures, Nvidia's venture capital arm, led the round.",
        {("NVentures", "subsidiary_of", "Nvidia")},
        {("NVentures", "invests_in", "Nvidia")},
    ),
    (
        "the_supplier_of_a_company_s_chips",
        "TSMC is the sole supplier of Nvidia's most advanced chips.",
        {("Nvidia", "uses", "TSMC")},
        set(),
    ),
    (
        "a_second_with_hung_on_the_verb",
        "Cohere competes with OpenAI, which was valued at $300 billion in its most recent "
        "round, and with Elon Musk's xAI.",
        {("Cohere", "competes_with", "OpenAI"), ("Cohere", "competes_with", "xAI")},
        set(),
    ),
    (
        "a_model_name_the_tagger_dates_is_still_an_object",
        "Meta AI, the company's assistant in WhatsApp, Messenger and Instagram, now runs on "
        "Llama 4.",
        {("Meta AI", "uses", "Llama 4")},
        set(),
    ),
    (
        "a_wanted_preposition_coordinated_with_another",
        "Meta released Llama 4 on Saturday. The models are available for download and through "
        "chat apps including the Quill app. Vega is available through Nimbus Systems.",
        {("Quill", "integrates", "Llama 4")},
        # (A company a model is sold through is no product it is built into.)
        {("Nimbus Systems", "integrates", "Vega")},
    ),
    (
        "whose_customers_include_are_customers",
        "CoreWeave said it would buy Core Scientific. The New Jersey-based company, whose "
        "customers include Microsoft, OpenAI and Meta, went public in March. Its chief "
        "executive, Michael Intrator, co-founded the company in 2017.",
        {
            ("CoreWeave", "based_in", "New Jersey"),
            ("Microsoft", "uses", "CoreWeave"),
            ("CoreWeave", "founded_by", "Michael Intrator"),
        },
        {("Microsoft", "based_in", "New Jersey"), ("Meta", "founded_by", "Michael Intrator")},
    ),
    (
        "named_as_chief_executive_and_succeeded_as",
        "Intel named Lip-Bu Tan as its new chief executive, effective March 18. Andy Jassy, who "
        "succeeded Jeff Bezos as Amazon CEO in 2021, wrote the letter.",
        {("Lip-Bu Tan", "leads", "Intel"), ("Andy Jassy", "leads", "Amazon")},
        set(),
    ),
    (
        "ex_is_no_name_and_a_head_of_revenue_leads_nothing",
        "Kate Jensen, head of revenue at Anthropic, said sales were growing. Ex-Google CEO Eric "
        "Schmidt invested in Brightwave.",
        {("Eric Schmidt", "invests_in", "Brightwave")},
        {("Kate Jensen", "leads", "Anthropic"), ("Eric Schmidt", "invests_in", "Ex")},
    ),
    (
        "a_deal_to_access_and_a_buyer_of_a_company_s_chips",
        "Brightwave inked a deal to access Google's TPUs. Kestrel Dynamics is one of the biggest "
        "buyers of Nvidia's chips.",
        {("Brightwave", "uses", "TPU"), ("Kestrel Dynamics", "uses", "Nvidia")},
        set(),
    ),
    (
        "a_round_led_after_a_comma",
        "Lumora closed new financing. The startup was valued at $3 billion in its "
        "latest round, led by Kestrel Ventures.",
        {
            ("Kestrel Ventures", "invests_in", "Lumora"),
        },
        set(),
    ),
    (
        "a_challenge_yet_to",
        "Perplexity released a web browser on Wednesday in its most direct challenge yet to "
        "Google.",
        {("Perplexity", "competes_with", "Google")},
        set(),
    ),
    (
        "a_suit_settled_by_its_defendant",
        "In September Anthropic agreed to pay $1.5 billion to settle a class action brought by "
        "authors including Andrea Bartz and Charles Graeber.",
        {("Andrea Bartz", "sues", "Anthropic"), ("Charles Graeber", "sues", "Anthropic")},
        set(),
    ),
    (
        "a_subject_hung_on_an_auxiliary",
        "Reddit has licensing deals with Google and OpenAI.",
        {("Reddit", "partners_with", "Google"), ("Reddit", "partners_with", "OpenAI")},
        set(),
    ),
    (
        "a_cloud_platform_counts_its_customers",
        "Google Cloud chief executive Thomas Kurian spoke on Friday. Google Cloud counts OpenAI, "
        "Apple and Salesforce among its customers.",
        {("OpenAI", "uses", "Google Cloud"), ("Salesforce", "uses", "Google Cloud")},
        set(),
    ),
    (
        "the_company_of_an_officer_subject",
        "Confluent makes data streaming software. IBM chief executive Arvind Krishna has made "
        "acquisitions central to his strategy. The company bought HashiCorp for $6.4 billion "
        "this year.",
        {("IBM", "acquires", "HashiCorp")},
        {("Confluent", "acquires", "HashiCorp")},
    ),
    (
        "including_is_no_governing_verb",
        "IBM said it had agreed to buy Confluent for about $11 billion. Confluent was founded "
        "by the creators of Apache Kafka, including chief executive Jay Kreps.",
        {("Jay Kreps", "leads", "Confluent")},
        {("Jay Kreps", "leads", "IBM")},
    ),
    (
        "also_invested_after_a_round",
        "Osprey Robotics raised $300 million in a Series A round led by Sequoia. "
        "Intel, Qualcomm and Dell also invested, the startup said.",
        {
            ("Dell", "invests_in", "Osprey Robotics"),
            ("Intel", "invests_in", "Osprey Robotics"),
        },
        set(),
    ),
    (
        "plaintiffs_who_include",
        "The plaintiffs, who include the comedian Sarah Silverman, sued Meta and OpenAI in 2023.",
        {("Sarah Silverman", "sues", "Meta"), ("Sarah Silverman", "sues", "OpenAI")},
        set(),
    ),
    (
        "names_listed_after_comma_and_begin_the_next_clause",
        "Aidan Gomez previously worked at Google Brain. Cohere said on Thursday it had raised "
        "$500 million in a new round. The round was led by PSP Investments, and Cisco, AMD and "
        "Fujitsu also took part.",
        {
            ("PSP Investments", "invests_in", "Cohere"),
            ("Cisco", "invests_in", "Cohere"),
            ("Fujitsu", "invests_in", "Cohere"),
        },
        {("Cohere", "invests_in", "Google Brain")},
    ),
    (
        "has_a_deal_with",
        "Mistral AI sells models to banks. Its models run on Microsoft Azure, and the French "
        "company has a deal with Nvidia to build a computing cluster.",
        {("Mistral AI", "partners_with", "Nvidia")},
        set(),
    ),
    (
        "joined_others_in_backing",
        "Figure AI said it has ended its agreement with OpenAI, a year after the ChatGPT "
        "developer joined Microsoft and Nvidia in backing the humanoid-robot maker.",
        {
            ("OpenAI", "invests_in", "Figure AI"),
            ("Microsoft", "invests_in", "Figure AI"),
            ("Nvidia", "invests_in", "Figure AI"),
        },
        {("Microsoft", "invests_in", "OpenAI")},
    ),
    (
        "a_time_clause_keeps_its_polarity",
        "A federal judge ruled that Meta did not break the law when it trained its Llama "
        "models on books.",
        {("Meta", "develops", "Llama")},
        set(),
    ),
    (
        "an_asked_when_clause_is_no_statement",
        "OpenAI did not say when it would partner with Apple. Microsoft will not invest in "
        "Mistral AI if it partners with Google.",
        set(),
        {("OpenAI", "partners_with", "Apple"), ("Microsoft", "invests_in", "Mistral AI")},
    ),
    (
        "a_sister_unit_s_model_is_supplied",
        "Waymo, the self-driving unit of Alphabet, uses Google's Gemini models to help its "
        "cars read the road.",
        {("Waymo", "uses", "Gemini")},
        set(),
    ),
    (
        "its_rival_name_is_no_unit",
        "Waymo runs a robotaxi service in Phoenix. Its rival Tesla relies on chips designed "
        "in-house.",
        {("Tesla", "competes_with", "Waymo")},
        {("Tesla", "subsidiary_of", "Waymo")},
    ),
    (
        "filed_a_lawsuit_then_accusing",
        "Getty Images filed a lawsuit on Monday accusing Stability AI of copying millions of "
        "its photos.",
        {("Getty Images", "sues", "Stability AI")},
        set(),
    ),
    (
        "company_tagged_as_an_adjective_before_a_title",
        "Apple is working with Google on Siri. The iPhone maker also held talks with OpenAI. "
        "Salesforce chief executive Marc Benioff said demand was strong.",
        {("Marc Benioff", "leads", "Salesforce")},
        {("Marc Benioff", "leads", "Apple")},
    ),
    (
        "the_company_in_a_relative_clause_is_the_described_subject",
        "Salesforce counts Walmart among its customers. Mistral AI and Nvidia unveiled a "
        "joint model, Mistral NeMo. The Paris startup has also partnered with Microsoft, "
        "which took a small stake in the company last year.",
        {("Microsoft", "invests_in", "Mistral AI")},
        {("Microsoft", "invests_in", "Salesforce"), ("Microsoft", "invests_in", "Nvidia")},
    ),
    (
        "customer_remains",
        "CoreWeave rents out Nvidia chips. CoreWeave's largest customer remains Microsoft.",
        {("Microsoft", "uses", "CoreWeave")},
        set(),
    ),
    (
        "its_own_models_after_the_subject_are_no_supplier",
        "Meta makes the Llama models. Its Llama models are used by banks. Figure AI said it had "
        "ended its work with OpenAI. Figure AI's founder and chief executive, Brett Adcock, said "
        "the company would rely on its own models instead.",
        {("Brett Adcock", "leads", "Figure AI")},
        {("Figure AI", "uses", "Meta"), ("Figure AI", "uses", "Llama")},
    ),
    (
        "replaced_with_an_assistant_built_on",
        "Klarna replaced hundreds of its agents with an assistant built on OpenAI's models.",
        {("Klarna", "uses", "OpenAI")},
        set(),
    ),
    (
        "a_court_dismissing_claims_holds_no_suit",
        "A federal judge on Monday narrowed a lawsuit by news publishers who accuse OpenAI "
        "and Microsoft of copying their articles. Judge Sidney Stein dismissed some claims "
        "from the class action brought by The New York Times, including claims of unfair "
        "competition.",
        {("New York Times", "sues", "OpenAI"), ("New York Times", "sues", "Microsoft")},
        {("Sidney Stein", "sues", "OpenAI")},
    ),
    (
        "strategy_against_a_rival",
        "Intel is sharpening its data-center strategy against market leader Nvidia. "
        "Microsoft's push against Google in search has stalled.",
        {("Intel", "competes_with", "Nvidia"), ("Microsoft", "competes_with", "Google")},
        set(),
    ),
    (
        "where_the_money_comes_from_is_the_company",
        "Zentrix signed a cloud deal with Halvex Industries. But most of the cash "
        "comes from Samsung. The electronics giant agreed to form a joint venture "
        "with Halvex.",
        {
            ("Samsung", "partners_with", "Halvex Industries"),
        },
        {
            ("Zentrix", "partners_with", "Halvex Industries"),
        },
    ),
    (
        "a_partnership_pairs_one_with_another",
        "The first big partnership pairs Reliance Industries with Google Cloud to build a "
        "data center. The alliance unites Nvidia with Foxconn.",
        {
            ("Reliance Industries", "partners_with", "Google Cloud"),
            ("Nvidia", "partners_with", "Foxconn"),
        },
        set(),
    ),
    (
        "the_company_ceo_as_subject_is_the_person_before",
        "Elon Musk is unhappy with the licensing deal. The Tesla CEO expressed his "
        "disapproval in a post on X.",
        {("Elon Musk", "leads", "Tesla")},
        set(),
    ),
    (
        "promoted_to_president_of_the_company",
        "Halvex Robotics saw its CEO leave for Apple. The firm said its co-founder, "
        "Ana Ruiz, would be promoted from research chief to president. Former "
        "president Barack Obama sent a note to the president.",
        {
            ("Ana Ruiz", "leads", "Halvex Robotics"),
        },
        {
            ("Barack Obama", "leads", "Halvex Robotics"),
        },
    ),
    (
        "round_led_by_after_a_time_phrase",
        "Cohere was valued at $5.5 billion in a funding round last year led by Canadian "
        "pension fund PSP Investments.",
        {("PSP Investments", "invests_in", "Cohere")},
        set(),
    ),
    (
        "hired_as_president",
        "Cohere recently hired Martin Kon, a former YouTube executive, as president.",
        {("Martin Kon", "leads", "Cohere")},
        {("Martin Kon", "leads", "YouTube")},
    ),
    (
        "deals_with_x_which_and_with_y",
        "Cohere has struck deals with Oracle, which uses its models, and with consulting firm "
        "McKinsey.",
        {("Cohere", "partners_with", "Oracle"), ("Cohere", "partners_with", "McKinsey")},
        set(),
    ),
    (
        "a_verb_read_as_a_modifier_of_the_name_after",
        "OpenAI unveiled Sora, a model that turns text prompts into short videos.",
        {("OpenAI", "develops", "Sora")},
        set(),
    ),
    (
        "latest_release_named_in_apposition",
        "Mistral AI's latest release, Mistral Large 2, supports dozens of languages. The "
        "release of Llama 3 by Meta surprised rivals.",
        {("Mistral AI", "develops", "Mistral Large 2"), ("Meta", "develops", "Llama 3")},
        set(),
    ),
    (
        "rolled_out_a_model_and_own_chips_called",
        "Anthropic rolled out Claude 3.7 Sonnet to paying users. Amazon designs its own AI "
        "chips, called Trainium.",
        {("Anthropic", "develops", "Claude 3.7 Sonnet"), ("Amazon", "develops", "Trainium")},
        set(),
    ),
    (
        "a_product_described_as_a_company_s_answer_to_a_rival",
        "Gemini, Google's answer to ChatGPT, was launched in December. Anthropic, Amazon's "
        "answer to OpenAI, raised money.",
        {("Google", "develops", "Gemini"), ("Gemini", "competes_with", "ChatGPT")},
        {("Anthropic", "subsidiary_of", "Amazon")},
    ),
    (
        "an_unnamed_product_built_into_a_host_is_its_maker_s",
        "Perplexity's answer engine is now built into Samsung's Bixby assistant.",
        {("Bixby", "integrates", "Perplexity")},
        set(),
    ),
    (
        "ai_features_built_on_a_model",
        "Slack has introduced AI features built on Anthropic's Claude.",
        {("Slack", "uses", "Claude")},
        set(),
    ),
    (
        "co_developed_a_model",
        "Microsoft and Nvidia co-developed the Megatron model. ServiceNow co-designed "
        "StarCoder with Hugging Face.",
        {
            ("Microsoft", "partners_with", "Nvidia"),
            ("Nvidia", "develops", "Megatron"),
            ("ServiceNow", "partners_with", "Hugging Face"),
            ("ServiceNow", "develops", "StarCoder"),
        },
        set(),
    ),
    (
        "supply_bought_through_its_object_or_moved_to",
        "OpenAI is buying billions of dollars of chips from Broadcom. Stability AI moved its "
        "workloads from Amazon Web Services to CoreWeave. Nvidia bought a stake from "
        "SoftBank.",
        {("OpenAI", "uses", "Broadcom"), ("Stability AI", "uses", "CoreWeave")},
        {("Nvidia", "uses", "SoftBank")},
    ),
    (
        "supplier_to_hung_on_the_copula",
        "The Seattle-based retailer has put over $8 billion into Anthropic since "
        "2023, and its AWS cloud is still a major supplier to the lab.",
        {
            ("Anthropic", "uses", "Amazon Web Services"),
        },
        set(),
    ),
    (
        "the_giant_s_lab_in_apposition",
        "Google hired Noam Shazeer. Shazeer will join Google DeepMind, the search giant's AI lab.",
        {("Google DeepMind", "subsidiary_of", "Google")},
        set(),
    ),
    (
        "the_company_started_after_leaving_is_not_the_one_left",
        "Character.AI makes chatbots. Noam Shazeer left Google in 2021 to start the chatbot "
        "company with Daniel De Freitas.",
        {("Character.AI", "founded_by", "Noam Shazeer")},
        {("Google", "founded_by", "Noam Shazeer")},
    ),
    (
        "with_x_as_interim_chief_executive",
        "Character.AI will continue to operate independently, with Dominic Perella, its "
        "general counsel, as interim chief executive.",
        {("Dominic Perella", "leads", "Character.AI")},
        set(),
    ),
    (
        "the_company_an_officer_speaks_for",
        "Altera, Intel's programmable chip unit, is for sale. Separately, SoftBank Group "
        "chief Masayoshi Son said the Japanese conglomerate would take a controlling stake in "
        "Ampere Computing.",
        {("SoftBank", "invests_in", "Ampere")},
        {("Altera", "invests_in", "Ampere")},
    ),
    (
        "had_served_since_is_past",
        "David Zinsner and Michelle Johnston Holthaus had served as interim co-CEOs of Intel "
        "since then. Lip-Bu Tan has served as chief executive of Intel since March.",
        {("Lip-Bu Tan", "leads", "Intel")},
        {("David Zinsner", "leads", "Intel")},
    ),
    (
        "started_her_own_company_named_after_a_comma",
        "Mira Murati left OpenAI in 2024. Ms. Murati has started her own company, Thinking "
        "Machines Lab.",
        {("Thinking Machines Lab", "founded_by", "Mira Murati")},
        set(),
    ),
    (
        "its_rival_tagged_as_an_adjective_as_subject",
        "Salesforce has been on a buying spree. Its rival ServiceNow recently acquired "
        "Moveworks for $2.85 billion.",
        {("ServiceNow", "competes_with", "Salesforce"), ("ServiceNow", "acquires", "Moveworks")},
        set(),
    ),
    (
        "whose_models_and_a_stake_of_a_percent_in",
        "Meta, whose Llama models have been downloaded more than a billion times, is spending "
        "heavily. Microsoft, which owns a stake of about 27% in OpenAI's for-profit arm, will "
        "keep access to its models.",
        {("Meta", "develops", "Llama"), ("Microsoft", "invests_in", "OpenAI")},
        set(),
    ),
    (
        "suits_told_by_a_complaint_a_defendant_or_a_led_group",
        "Reddit alleged in a complaint that Anthropic scraped its site. Google is a defendant "
        "in a suit brought by Yelp. The music publishers, led by Universal Music Group, sued "
        "Anthropic in 2023.",
        {
            ("Reddit", "sues", "Anthropic"),
            ("Yelp", "sues", "Google"),
            ("Universal Music Group", "sues", "Anthropic"),
        },
        {("Google", "sues", "Yelp")},
    ),
    (
        "a_word_of_a_name_is_no_trigger",
        "Arm, Microsoft, Nvidia and Oracle are the key technology partners in the project.",
        set(),
        {("Microsoft", "subsidiary_of", "Arm"), ("Nvidia", "subsidiary_of", "Arm")},
    ),
    (
        "a_dateline_is_no_part_of_its_sentence",
        "LONDON, March 4 (Reuters) - Kestrel, Halvex and Oracle on Thursday unveiled "
        "Beacon, a joint venture that aims to invest as much as $80 billion in "
        "computing capacity.",
        {
            ("Kestrel", "partners_with", "Halvex"),
            ("Oracle", "invests_in", "Beacon"),
        },
        set(),
    ),
    (
        "with_names_among_the_participants",
        "OpenAI has closed a $6.6 billion funding round led by Thrive Capital, with Microsoft "
        "and Nvidia among the participants.",
        {
            ("Microsoft", "invests_in", "OpenAI"),
            ("Nvidia", "invests_in", "OpenAI"),
            ("Thrive Capital", "invests_in", "OpenAI"),
        },
        set(),
    ),
    (
        "joining_others_to_announce_is_no_move",
        "Broadcom chief executive Hock Tan joined OpenAI's leadership to announce the chip plan.",
        {("Hock Tan", "leads", "Broadcom")},
        set(),
    ),
    (
        "made_x_its_cloud_provider",
        "Anthropic, in turn, will make Amazon Web Services its primary cloud provider.",
        {("Anthropic", "uses", "Amazon Web Services")},
        {("Anthropic", "develops", "Amazon Web Services")},
    ),
    (
        "the_company_started_after_working_elsewhere",
        "Statsig builds testing tools. Vijaye Raji spent a decade at Microsoft and later led "
        "engineering teams at Facebook before starting the company.",
        {("Statsig", "founded_by", "Vijaye Raji")},
        {("Meta", "founded_by", "Vijaye Raji"), ("Microsoft", "founded_by", "Vijaye Raji")},
    ),
    (
        "a_paragraph_opening_the_startup_is_the_article_s_company",
        "Anthropic agreed to settle a lawsuit brought by authors. Anthropic did not admit "
        "wrongdoing, and said Anthropic remained committed to safe AI. The Authors Guild, "
        "which was not a party to the case, welcomed the agreement.\n\nThe startup still faces "
        "other legal fights. Reddit sued it in June in a California court.",
        {("Reddit", "sues", "Anthropic")},
        {("Reddit", "sues", "Authors Guild")},
    ),
    (
        "it_after_a_sentence_about_one_named_company",
        "The Walt Disney Company will invest $1 billion in OpenAI. OpenAI said the "
        "partnership showed that AI companies and Hollywood could work together. The "
        "agreement marks a shift for Disney, which has fought AI companies in court. In June "
        "it sued Midjourney.",
        {("Disney", "sues", "Midjourney")},
        {("OpenAI", "sues", "Midjourney")},
    ),
    (
        "its_after_a_sentence_about_a_name_with_a_relative_clause",
        "The delay is an unusual setback for Nimbus, which listed in May and has "
        "since signed compute agreements with Anthropic. Oracle is among its largest "
        "customers.",
        {
            ("Oracle", "uses", "Nimbus"),
        },
        {
            ("Oracle", "uses", "Anthropic"),
        },
    ),
    (
        "it_after_a_place_based_subject_read_as_apposition",
        "Nvidia said it was not acquiring Groq. Mountain View, California-based Groq designs "
        "a chip it calls the language processing unit. It competes with Nvidia and AMD for "
        "inference work.",
        {("Groq", "competes_with", "Nvidia"), ("Groq", "competes_with", "AMD")},
        {("Nvidia", "competes_with", "AMD")},
    ),
    (
        "the_speaker_after_the_quoted_clause",
        "Sequoia Capital will not invest in Mistral AI's next funding round, the firm's "
        "founder, Don Valentine, said on Wednesday, ending weeks of speculation.",
        {("Sequoia Capital", "founded_by", "Don Valentine")},
        {
            ("Mistral AI", "founded_by", "Don Valentine"),
            ("Sequoia Capital", "invests_in", "Mistral AI"),
        },
    ),
    (
        "percent_owned_by_each_holder",
        "The venture, called Stargate Norway, will be 51% owned by Nscale and 49% by Aker. "
        "OpenAI is 27% owned by Microsoft.",
        {
            ("Nscale", "invests_in", "Stargate Norway"),
            ("Aker", "invests_in", "Stargate Norway"),
            ("Microsoft", "invests_in", "OpenAI"),
        },
        set(),
    ),
    (
        "rolled_out_to_its_employees",
        "Disney will also roll out ChatGPT to its employees. JPMorgan has given Claude to "
        "200,000 employees.",
        {("Disney", "uses", "ChatGPT"), ("JPMorgan Chase", "uses", "Claude")},
        {("Disney", "develops", "ChatGPT")},
    ),
    (
        "an_owner_s_two_named_units",
        "News Corp's Dow Jones and New York Post units have sued Perplexity AI.",
        {
            ("New York Post", "subsidiary_of", "News Corp"),
            ("Dow Jones", "subsidiary_of", "News Corp"),
        },
        set(),
    ),
    (
        "hired_to_run_a_unit_called",
        "Microsoft has hired Mustafa Suleyman, a co-founder of DeepMind, to run a new "
        "consumer unit called Microsoft AI. OpenAI said Kevin Weil would lead a new unit "
        "called OpenAI for Science.",
        {
            ("Mustafa Suleyman", "leads", "Microsoft AI"),
            ("Microsoft AI", "subsidiary_of", "Microsoft"),
        },
        {("Microsoft", "leads", "Microsoft AI"), ("Kevin Weil", "leads", "OpenAI")},
    ),
    (
        "allowed_to_use_is_the_object_s_use",
        "Microsoft will allow OpenAI to use other cloud providers such as Oracle.",
        {("OpenAI", "uses", "Oracle")},
        {("Microsoft", "uses", "Oracle")},
    ),
    (
        "the_chipmaker_is_a_known_chip_maker",
        "Arthur Mensch, chief executive of Mistral AI, thanked Nvidia. Mistral AI is building "
        "a data center near Paris with 18,000 of the chipmaker's Grace Blackwell chips.",
        {("Nvidia", "develops", "Grace Blackwell")},
        {("Mistral AI", "develops", "Grace Blackwell")},
    ),
    (
        "its_in_a_second_clause_after_a_verb_read_as_a_noun",
        "Mistral competes with OpenAI and Anthropic, and its Le Chat assistant is used by "
        "companies including BNP Paribas and AXA.",
        {("Mistral AI", "develops", "Le Chat")},
        {("Anthropic", "develops", "Le Chat")},
    ),
    (
        "acquired_dozens_of_startups_including",
        "Apple has acquired dozens of AI startups, including Darwin AI.",
        {("Apple", "acquires", "Darwin AI")},
        set(),
    ),
    (
        "bought_startups_such_as",
        "Apple bought several startups, such as Darwin AI and Xnor.",
        {("Apple", "acquires", "Darwin AI"), ("Apple", "acquires", "Xnor")},
        set(),
    ),
    (
        "co_founder_and_chief_executive_tagged_as_an_adjective",
        "Cohere's co-founder and chief executive Aidan Gomez co-wrote the transformer paper.",
        {("Aidan Gomez", "leads", "Cohere"), ("Cohere", "founded_by", "Aidan Gomez")},
        set(),
    ),
    (
        "a_deal_taken_back_by_a_but_clause",
        "Google explored a deal to acquire HubSpot but walked away. Meta was in talks to "
        "acquire Perplexity, but the discussions ended without a deal. Microsoft invested in "
        "OpenAI, but Google dropped its bid for Anthropic.",
        {("Microsoft", "invests_in", "OpenAI")},
        {("Google", "acquires", "HubSpot"), ("Meta", "acquires", "Perplexity")},
    ),
    (
        "funding_for_an_unnamed_venture",
        "Oracle and SoftBank are partners in the venture, which will also receive funding "
        "from MGX.",
        {("Oracle", "partners_with", "SoftBank")},
        {("MGX", "invests_in", "SoftBank"), ("MGX", "invests_in", "Oracle")},
    ),
    (
        "investment_under_a_collaboration",
        "Amazon will invest up to $4 billion in Anthropic under a strategic collaboration "
        "announced on Monday.",
        {("Amazon", "partners_with", "Anthropic"), ("Amazon", "invests_in", "Anthropic")},
        set(),
    ),
    (
        "stake_as_part_of_an_alliance",
        "As part of the alliance, Samsung took a minority stake in Rebellions.",
        {("Samsung", "partners_with", "Rebellions")},
        set(),
    ),
    (
        "quoted_officer_of_the_article_company",
        "Nebius Group signed a deal to supply Microsoft with GPU capacity. Nebius competes "
        'with CoreWeave. Nvidia is also an investor in the company. "This is significant for '
        'us," chief executive Arkady Volozh said.',
        {("Arkady Volozh", "leads", "Nebius")},
        {("Arkady Volozh", "leads", "Nvidia")},
    ),
    (
        "officer_not_of_the_company_left",
        "Thinking Machines Lab, the startup founded by Mira Murati, raised $2 billion in a "
        "round led by Andreessen Horowitz. Murati, who left OpenAI last year, is the "
        "startup's chief executive.",
        {("Mira Murati", "leads", "Thinking Machines Lab")},
        {("Mira Murati", "leads", "OpenAI")},
    ),
    (
        "with_list_cut_from_its_verb",
        "OpenAI has closed a $40 billion funding round led by SoftBank, with Microsoft, "
        "Coatue, Altimeter Capital and Thrive Capital also contributing.",
        {
            ("Microsoft", "invests_in", "OpenAI"),
            ("Coatue", "invests_in", "OpenAI"),
            ("Thrive Capital", "invests_in", "OpenAI"),
        },
        set(),
    ),
    (
        "co_investing_in_with_phrase",
        "Databricks raised $10 billion in a round led by Thrive Capital, with Andreessen "
        "Horowitz and GIC co-investing.",
        {("Andreessen Horowitz", "invests_in", "Databricks"), ("GIC", "invests_in", "Databricks")},
        set(),
    ),
    (
        "series_round_drew_investors",
        "ASML anchored a Series C in Mistral AI that also drew Nvidia, Bpifrance and General "
        "Catalyst.",
        {
            ("ASML", "invests_in", "Mistral AI"),
            ("Nvidia", "invests_in", "Mistral AI"),
            ("Bpifrance", "invests_in", "Mistral AI"),
            ("General Catalyst", "invests_in", "Mistral AI"),
        },
        set(),
    ),
    (
        "roster_of_backers",
        "Figure AI has raised $675 million from a roster of backers that includes Microsoft "
        "and Nvidia.",
        {("Microsoft", "invests_in", "Figure AI"), ("Nvidia", "invests_in", "Figure AI")},
        set(),
    ),
    (
        "joined_in_the_round",
        "xAI is raising $6 billion. NVentures would join Kingdom Holding and Valor Equity "
        "Partners in the round.",
        {
            ("NVentures", "invests_in", "xAI"),
            ("Kingdom Holding", "invests_in", "xAI"),
            ("Valor Equity Partners", "invests_in", "xAI"),
        },
        set(),
    ),
    (
        "numbered_firm_name",
        "Cerebras has raised $1.1 billion. Tiger Global and 1789 Capital also invested.",
        {("1789 Capital", "invests_in", "Cerebras")},
        {("Capital", "invests_in", "Cerebras")},
    ),
    (
        "company_and_product_of_one_name",
        "Anysphere, the startup behind the coding assistant Cursor, raised money.",
        {("Anysphere", "develops", "Cursor")},
        set(),
    ),
    (
        "speaker_described_as_the_companys_founder",
        "Figure AI has raised $675 million from Microsoft and Nvidia. Figure signed a deal "
        "with OpenAI, said Brett Adcock, the company's founder and chief executive.",
        {("Figure AI", "founded_by", "Brett Adcock"), ("Brett Adcock", "leads", "Figure AI")},
        {("OpenAI", "founded_by", "Brett Adcock")},
    ),
    (
        "relative_clause_on_a_titled_speaker",
        'Anysphere raised money from Thrive Capital as Cursor fends off Windsurf. "Developers '
        "are voting,\" said Michael Truell, Anysphere's chief executive, who co-founded the "
        "startup with three classmates.",
        {("Anysphere", "founded_by", "Michael Truell")},
        {("Windsurf", "founded_by", "Michael Truell")},
    ),
    (
        "apposition_hung_on_a_far_subject",
        "Meta is in talks to hire Daniel Gross and to buy a stake in NFDG, the venture fund "
        "Gross co-founded with Nat Friedman.",
        {("NFDG", "founded_by", "Nat Friedman")},
        {("Meta", "founded_by", "Nat Friedman"), ("Meta", "founded_by", "Daniel Gross")},
    ),
    (
        "round_anchored_by_an_investor",
        "ASML will invest \u20ac1.3 billion in Mistral AI and become its largest shareholder, "
        "anchoring a \u20ac1.7 billion Series C that also drew Nvidia and Bpifrance.",
        {("Nvidia", "invests_in", "Mistral AI"), ("Bpifrance", "invests_in", "Mistral AI")},
        {("Nvidia", "invests_in", "ASML"), ("Bpifrance", "invests_in", "ASML")},
    ),
    (
        "venture_arm_is_no_joint_venture",
        "Figure AI has raised money from backers including Intel Capital, the venture arm "
        "owned by Intel, the OpenAI Startup Fund and Bezos Expeditions.",
        set(),
        {
            ("Intel Capital", "partners_with", "OpenAI Startup Fund"),
            ("OpenAI Startup Fund", "partners_with", "Bezos Expeditions"),
        },
    ),
    (
        "chaired_by",
        "G42, the Abu Dhabi-based AI company chaired by Sheikh Tahnoon bin Zayed Al Nahyan, "
        "is expanding.",
        {("Sheikh Tahnoon bin Zayed Al Nahyan", "leads", "G42")},
        set(),
    ),
    (
        "title_read_as_an_adjective",
        "Nvidia chief executive Jensen Huang spoke alongside Intel chief executive Lip-Bu Tan.",
        {("Lip-Bu Tan", "leads", "Intel"), ("Jensen Huang", "leads", "Nvidia")},
        set(),
    ),
    (
        "company_a_person_founded",
        "Nvidia is in talks to invest in xAI, the artificial-intelligence company Elon Musk "
        "founded in 2023.",
        {("xAI", "founded_by", "Elon Musk"), ("Nvidia", "invests_in", "xAI")},
        set(),
    ),
    (
        "service_a_company_bought",
        "Informatica's tools will be woven into Agentforce, the platform Salesforce launched "
        "last year for building software agents, and into Slack, the messaging service "
        "Salesforce bought in 2021 for $27.7 billion.",
        {("Salesforce", "acquires", "Slack")},
        {("Salesforce", "acquires", "Agentforce")},
    ),
    (
        "backed_description_is_no_named_investor",
        "Google invested $1 billion in Anthropic. The Amazon-backed company would keep "
        "training models on Amazon's Trainium chips.",
        {("Amazon", "invests_in", "Anthropic")},
        {("Amazon", "invests_in", "Google")},
    ),
    (
        "city_and_state_based_maker",
        "ServiceNow has agreed to buy Moveworks, a Mountain View, California-based maker of "
        "AI assistants, for $2.85 billion.",
        {("Moveworks", "based_in", "Mountain View"), ("ServiceNow", "acquires", "Moveworks")},
        set(),
    ),
    (
        "investment_reported_by_its_target",
        "Anthropic said Google would invest $2 billion, expanding a partnership that began "
        "last year.",
        {("Google", "invests_in", "Anthropic")},
        set(),
    ),
    (
        "owner_of_a_loose_apposition",
        "Meta's newest model, Llama 4, took months of training on a large H100 cluster.",
        {("Meta", "develops", "Llama 4")},
        set(),
    ),
    (
        "model_from_its_maker_after_a_verb",
        "Perplexity runs on GPT-4o from OpenAI.",
        {("OpenAI", "develops", "GPT-4o"), ("Perplexity", "uses", "GPT-4o")},
        set(),
    ),
    (
        "rented_from_is_no_maker",
        "The startup rented H100 chips from CoreWeave.",
        set(),
        {("CoreWeave", "develops", "H100")},
    ),
    (
        "product_supporting_a_model_supplies_nothing",
        "GitHub Copilot now supports Anthropic's Claude 3.5 Sonnet and Google's Gemini 1.5 Pro.",
        {("Anthropic", "develops", "Claude 3.5 Sonnet")},
        {("Anthropic", "uses", "GitHub Copilot"), ("Google", "uses", "GitHub Copilot")},
    ),
    (
        "model_arriving_in_a_product",
        "Grok is coming to Telegram under a deal with xAI, and Gemini arrives in Chrome next week.",
        {("Telegram", "integrates", "Grok"), ("Chrome", "integrates", "Gemini")},
        set(),
    ),
    (
        "model_arriving_in_a_place",
        "ChatGPT is coming to Europe.",
        set(),
        {("Europe", "integrates", "ChatGPT")},
    ),
    (
        "described_as_an_answer_to",
        "Mistral, often described as Europe's answer to OpenAI, raised new funds.",
        {("Mistral AI", "competes_with", "OpenAI")},
        set(),
    ),
    (
        "utilize_is_use",
        "Midjourney utilizes Stable Diffusion.",
        {("Midjourney", "uses", "Stable Diffusion")},
        set(),
    ),
    (
        "lawsuit_brought_by_several",
        "The suit was brought by Dana Reyes, Omar Lee and Ana Ruiz against the startup Lumora.",
        {
            ("Ana Ruiz", "sues", "Lumora"),
            ("Dana Reyes", "sues", "Lumora"),
        },
        set(),
    ),
    (
        "more_trigger_words",
        "Sequoia spearheaded the round in Mistral. OpenAI tied up with Microsoft on a new "
        "data center. Google revealed Gemini 3 on Tuesday. Microsoft infused Copilot into "
        "Windows 11.",
        {
            ("Sequoia Capital", "invests_in", "Mistral AI"),
            ("OpenAI", "partners_with", "Microsoft"),
            ("Google", "develops", "Gemini 3"),
            ("Windows 11", "integrates", "Copilot"),
        },
        set(),
    ),
    (
        "scene_setting_place_is_no_target",
        "In Germany, Intel backed Halvex AI for a second time, a maker of speech "
        "models. In Canada, Intel headed a $300 million round for the two-year-old "
        "Nimbus AI.",
        {
            ("Intel", "invests_in", "Halvex AI"),
            ("Intel", "invests_in", "Nimbus AI"),
        },
        set(),
    ),
    (
        "names_written_other_ways",
        "Mistral launched its latest LLM, Mistral-Large. The CTO and Co-Founder Hanlin Tang "
        "spoke. ASML is investing \u20ac1.3bn as part of the startup's \u20ac1.7bn Series C.",
        {("Mistral AI", "develops", "Mistral Large")},
        {("Mistral AI", "develops", "Large"), ("Mistral AI", "develops", "1.7bn Series C")},
    ),
    (
        "picked_up_is_bought",
        "Years ago Google picked up DNNresearch, a small neural network startup born at a "
        "Canadian university.",
        {("Google", "acquires", "DNNresearch")},
        {("Google", "uses", "DNNresearch")},
    ),
    (
        "acquisition_named_by_its_target",
        "The deal recalls the Streamlit acquisition by Snowflake and Amazon's Orbeus acquisition.",
        {("Snowflake", "acquires", "Streamlit"), ("Amazon", "acquires", "Orbeus")},
        set(),
    ),
    (
        "investors_list_hung_elsewhere",
        "Figure AI has raised $675 million from investors, including Jeff Bezos, Nvidia, "
        "Microsoft, and others.",
        {
            ("Jeff Bezos", "invests_in", "Figure AI"),
            ("Nvidia", "invests_in", "Figure AI"),
            ("Microsoft", "invests_in", "Figure AI"),
        },
        set(),
    ),
    (
        "tickers_in_a_list",
        "Figure AI has raised $675 million from investors, including Jeff Bezos, Microsoft "
        "(MSFT.O), Nvidia (NVDA.O) and a few more. Oracle (NYSE: ORCL) also joined.",
        {("Nvidia", "invests_in", "Figure AI"), ("Microsoft", "invests_in", "Figure AI")},
        set(),
    ),
    (
        "acronym_of_a_named_company",
        "The Associated Press entered into an agreement with OpenAI to license AP's archive "
        "of news stories.",
        {("Associated Press", "partners_with", "OpenAI")},
        {("Associated Press", "partners_with", "AP")},
    ),
    (
        "backers_before_the_raiser",
        "Backed by Nvidia and Oracle, Cohere has raised $970m to date.",
        {("Nvidia", "invests_in", "Cohere"), ("Oracle", "invests_in", "Cohere")},
        {("Oracle", "invests_in", "Nvidia")},
    ),
    (
        "joining_or_leading_as_ceo",
        "Dana Reyes said on Monday that she will be joining Quillon as CEO. Omar Lee "
        "is set to lead the Vextra Robotics unit as CEO.",
        {
            ("Dana Reyes", "leads", "Quillon"),
            ("Omar Lee", "leads", "Vextra Robotics"),
        },
        set(),
    ),
    (
        "rival_named_by_compound_not_owner",
        "xAI raised $6 billion and released its ChatGPT competitor, Grok, last November.",
        {("Grok", "competes_with", "ChatGPT"), ("xAI", "develops", "Grok")},
        {("Grok", "competes_with", "xAI")},
    ),
    (
        "disclosed_that_it",
        "Salesforce bought Slack years ago, and ServiceNow disclosed on Monday that it would "
        "acquire Moveworks.",
        {("ServiceNow", "acquires", "Moveworks")},
        {("Salesforce", "acquires", "Moveworks")},
    ),
    (
        "supply_deal_told_in_a_clause",
        "Zentrix and Quillon have sealed a deal that will see the younger firm gain "
        "access to some 300,000 of the cloud giant's custom chips.",
        set(),
        {
            ("Zentrix", "partners_with", "Quillon"),
        },
    ),
    (
        "for_x_to_do_and_licensing_anothers",
        "Character.AI announced a deal for Google to use its technology and hire many of its "
        "researchers, including its two co-founders, Noam Shazeer and Daniel De Freitas. Microsoft "
        "hired nearly all the employees from AI developer Inflection and paid around $650 "
        "million to license its technology.",
        {
            ("Google", "uses", "Character.AI"),
            ("Character.AI", "founded_by", "Noam Shazeer"),
            ("Microsoft", "partners_with", "Inflection AI"),
        },
        {("Character.AI", "uses", "Google"), ("Google", "founded_by", "Noam Shazeer")},
    ),
    (
        "owner_of_named_partnerships",
        "Between Databricks's acquisition and Snowflake's Nvidia and Reka partnerships, a lot "
        "is happening.",
        {("Snowflake", "partners_with", "Nvidia"), ("Snowflake", "partners_with", "Reka AI")},
        {("Nvidia", "subsidiary_of", "Snowflake")},
    ),
    (
        "maker_list_includes",
        "Some of DeepMind's successes have included AlphaFold and DeepNash. Google's products "
        "include Gemini and Chrome.",
        {("Google DeepMind", "develops", "AlphaFold"), ("Google", "develops", "Gemini")},
        set(),
    ),
    (
        "customers_list_is_no_portfolio",
        "Nvidia's customers include Microsoft and Meta.",
        {("Microsoft", "uses", "Nvidia")},
        {("Nvidia", "develops", "Microsoft")},
    ),
    (
        "state_abbreviation_based",
        "Flatiron Health, an NY-based oncology data firm, was sold to Roche for $1.9B.",
        {("Flatiron Health", "based_in", "New York")},
        set(),
    ),
    (
        "pronoun_subject_of_a_coordinated_clause",
        "Vextra struck an agreement with Halvex. Not only will Vextra use Halvex's "
        "servers, it will also receive an ownership stake in Halvex.",
        {
            ("Vextra", "invests_in", "Halvex"),
        },
        {
            ("Halvex", "invests_in", "Vextra"),
        },
    ),
    (
        "post_told_in_past_tense_background",
        "Jeff Dean, who led Google Brain, will take on the role of chief scientist. "
        "Andreessen Horowitz, which led a $150 million round in Character.AI in 2023, remains "
        "its largest outside investor.",
        {("Andreessen Horowitz", "invests_in", "Character.AI")},
        {("Jeff Dean", "leads", "Google Brain")},
    ),
    (
        "place_owns_the_first_name_only",
        "NVentures would join Saudi Arabia's Kingdom Holding and Valor Equity Partners in the "
        "round.",
        {("Kingdom Holding", "based_in", "Saudi Arabia")},
        {("Valor Equity Partners", "based_in", "Saudi Arabia")},
    ),
    (
        "once_a_customer_and_buying_its_systems",
        "G42, the Abu Dhabi-based technology group that was once both Cerebras's largest "
        "customer and a major shareholder, sold its stake before the round and no longer buys "
        "the company's systems.",
        {("G42", "based_in", "Abu Dhabi")},
        {("G42", "uses", "Cerebras"), ("G42", "acquires", "Cerebras")},
    ),
    (
        "purchase_of_shares_is_investment",
        "The investment follows SoftBank's purchase of $2 billion of Intel shares in August. "
        "Microsoft's purchase of Activision closed.",
        {("SoftBank", "invests_in", "Intel"), ("Microsoft", "acquires", "Activision Blizzard")},
        {("SoftBank", "acquires", "Intel")},
    ),
    (
        "updating_its_product",
        "OpenAI updated ChatGPT with new memory features.",
        {("OpenAI", "develops", "ChatGPT")},
        set(),
    ),
    (
        "round_named_on_its_owners_company",
        "Nvidia joined Elon Musk's xAI round.",
        {("Nvidia", "invests_in", "xAI")},
        set(),
    ),
    (
        "unknown_city_before_state_based",
        "CoreWeave, the Livingston, New Jersey-based company led by chief executive Michael "
        "Intrator, competes with Lambda.",
        {("CoreWeave", "based_in", "Livingston"), ("Michael Intrator", "leads", "CoreWeave")},
        {("Livingston", "based_in", "New Jersey"), ("Michael Intrator", "leads", "Livingston")},
    ),
    (
        "speaker_company_named_once",
        "Duolingo said it would lean on OpenAI's GPT-4o and on Google's Veo. Luis von Ahn, "
        "the Pittsburgh-based company's co-founder and chief executive, said the app had "
        "stopped relying on translators.",
        {("Luis von Ahn", "leads", "Duolingo"), ("Duolingo", "founded_by", "Luis von Ahn")},
        {("Luis von Ahn", "leads", "Google")},
    ),
    (
        "officer_unveils_for_the_company",
        "Nvidia chief executive Jensen Huang used his GTC keynote on Tuesday to unveil "
        "Blackwell Ultra.",
        {("Nvidia", "develops", "Blackwell Ultra")},
        {("Jensen Huang", "develops", "Blackwell Ultra")},
    ),
    (
        "tickers_after_a_legal_suffix",
        "Nvidia Corp NVDA CEO Jensen Huang has asked SK Hynix Inc. HXSCF to speed up supply.",
        {("Jensen Huang", "leads", "Nvidia")},
        {("Jensen Huang", "leads", "NVDA")},
    ),
    (
        "head_of_a_function",
        "Klinton Bicknell, head of AI at Duolingo, spoke about the work.",
        set(),
        {("Klinton Bicknell", "leads", "Duolingo")},
    ),
    (
        "one_possessive_for_two_nouns",
        "Microsoft is OpenAI's most significant infrastructure partner and investor.",
        {("Microsoft", "invests_in", "OpenAI"), ("Microsoft", "partners_with", "OpenAI")},
        set(),
    ),
    (
        "european_legal_suffix",
        "Late last year, OpenAI signed a contract with German media company Axel Springer SE "
        "to train models using its content.",
        {("OpenAI", "partners_with", "Axel Springer")},
        {("OpenAI", "partners_with", "SE")},
    ),
    (
        "title_chain_from_sentence_start",
        "Nvidia completed its purchase. Mellanox founder and CEO Eyal Waldman will continue "
        "to lead Mellanox.",
        {("Eyal Waldman", "leads", "Mellanox")},
        {("Eyal Waldman", "leads", "Nvidia")},
    ),
    (
        "located_description_is_the_leading_company",
        "Microsoft is buying Nuance for $19.7 billion. Nuance makes speech software, and "
        "Nuance will keep its name. A deal for Nuance would be Microsoft's second-biggest, "
        "after its acquisition of LinkedIn. Microsoft is tapping the Burlington, "
        "Massachusetts-based company for its health care work.",
        {("Nuance", "based_in", "Burlington")},
        {("LinkedIn", "based_in", "Burlington")},
    ),
    (
        "alternative_not_taken_and_ties_cut",
        "Apple is building its own data centers rather than renting capacity from Amazon Web "
        "Services. OpenAI said it had stopped using Scale's services months ago. Google has "
        "cut ties with Scale AI.",
        set(),
        {
            ("Apple", "uses", "Amazon Web Services"),
            ("OpenAI", "uses", "Scale"),
            ("Google", "partners_with", "Scale AI"),
        },
    ),
    (
        "post_given_at_the_company_of_the_earlier_post",
        "Google cut ties with Scale AI. Jason Droege, the startup's chief strategy officer, "
        "was named interim chief executive.",
        {("Jason Droege", "leads", "Scale AI")},
        {("Jason Droege", "leads", "Google")},
    ),
    (
        "customers_of_the_company_speaking",
        "Cohere said on Thursday that Notion and Canva have signed on as customers.",
        {("Notion", "uses", "Cohere"), ("Canva", "uses", "Cohere")},
        set(),
    ),
    (
        "partners_of_a_third_party",
        "Isomorphic Labs has announced its first pharma partnerships with Eli Lilly and "
        "Novartis. Microsoft Azure and Google Cloud were initially named as launch partners.",
        {("Isomorphic Labs", "partners_with", "Novartis")},
        {("Eli Lilly", "partners_with", "Novartis"), ("Azure", "partners_with", "Google Cloud")},
    ),
    (
        "upfront_payment_is_no_investment",
        "Isomorphic is getting $37.5 million upfront from Novartis to get the ball rolling.",
        set(),
        {("Novartis", "invests_in", "Isomorphic Labs"), ("Novartis", "invests_in", "Isomorphic")},
    ),
    (
        "company_told_by_its_country",
        "US tech giant Intel announced it has acquired Habana Labs for $2 billion. It is "
        "Intel's second-largest acquisition in Israel, after Intel bought Mobileye in 2017. "
        "Last year, Intel Capital, the investment arm of the US firm, invested in Habana "
        "Labs.",
        {("Intel Capital", "subsidiary_of", "Intel")},
        {("Intel Capital", "subsidiary_of", "Mobileye")},
    ),
    (
        "product_ships_with_or_features_a_model",
        "The Galaxy S24 comes with Gemini Nano. Chrome now features Gemini.",
        {("Galaxy S24", "integrates", "Gemini Nano"), ("Chrome", "integrates", "Gemini")},
        set(),
    ),
    (
        "supplier_wins_business_at_a_customer",
        "AMD, whose MI300X accelerators have won business at Meta, is expected to launch its "
        "MI355X later this year. CoreWeave won a contract from OpenAI worth $11.9 billion.",
        {("Meta", "uses", "MI300X"), ("OpenAI", "uses", "CoreWeave")},
        set(),
    ),
    (
        "verb_after_apposition_of_subject",
        "Last year, Brightline Ventures, the investment arm of the chip giant, invested in "
        "Lumora as part of a $25 million round.",
        {("Brightline Ventures", "invests_in", "Lumora")},
        set(),
    ),
    (
        "person_founded_modifier",
        "Elon Musk-founded xAI has launched Grok 3.",
        {("xAI", "founded_by", "Elon Musk"), ("xAI", "develops", "Grok 3")},
        {("Elon Musk", "develops", "Grok 3")},
    ),
    (
        "country_described_company",
        "US chip giant Nvidia said it has bought Israeli startup Deci, a Tel Aviv-based maker "
        "of software. Last year, NVentures, the venture arm of the US firm, invested in Deci "
        "as part of a $40 million series B round for the startup.",
        {("NVentures", "subsidiary_of", "Nvidia"), ("NVentures", "invests_in", "Deci AI")},
        {("NVentures", "subsidiary_of", "Deci AI")},
    ),
    (
        "collaboration_between_to_infinitive",
        "Sundar Pichai explained the reasons behind the collaboration between Google and "
        "Samsung to launch Gemini Nano.",
        set(),
        {("Sundar Pichai", "develops", "Gemini Nano")},
    ),
    (
        "possessor_of_described_name",
        "Alphabet's artificial intelligence startup Isomorphic Labs announced two deals.",
        {("Isomorphic Labs", "subsidiary_of", "Alphabet")},
        set(),
    ),
    (
        "place_modifier_seats_one_name",
        "Alphabet is merging the London-based DeepMind unit and Google Brain, headquartered "
        "in Silicon Valley.",
        {("Google DeepMind", "based_in", "London"), ("Google Brain", "based_in", "Silicon Valley")},
        {("Google Brain", "based_in", "London"), ("Google DeepMind", "based_in", "Silicon Valley")},
    ),
    (
        "the_times_after_new_york_times",
        "The New York Times sued Perplexity and Anthropic this spring. Apple was sued "
        "by musicians in 2022. The Times says it was the first big U.S. publisher to "
        "go to court.",
        {
            ("New York Times", "sues", "Perplexity"),
        },
        {
            ("New York Times", "sues", "Apple"),
            ("Times", "sues", "Apple"),
            ("Times", "sues", "New York Times"),
        },
    ),
    (
        "backed_by_list_before_the_company",
        "Halvex trains language models for enterprises. Backed by well-known names "
        "like Intel, Cisco, Kestrel Ventures and Osprey Capital, the startup has "
        "collected $610m so far.",
        {
            ("Cisco", "invests_in", "Halvex"),
            ("Intel", "invests_in", "Halvex"),
            ("Kestrel Ventures", "invests_in", "Halvex"),
            ("Osprey Capital", "invests_in", "Halvex"),
        },
        set(),
    ),
    (
        "capitalised_word_after_kind_is_a_name",
        "The drone startup Anchor announced on Tuesday that it had secured $210 "
        "million from backers, including Dana Reyes, Nvidia, Intel, and several "
        "others.",
        {
            ("Dana Reyes", "invests_in", "Anchor"),
            ("Intel", "invests_in", "Anchor"),
            ("Nvidia", "invests_in", "Anchor"),
        },
        set(),
    ),
    (
        "list_after_colon_is_the_object",
        "Cohere's compute plan uses three kinds of chips: Google's TPUs, Amazon's Trainium, "
        "and Nvidia's GPUs.",
        {("Cohere", "uses", "TPU"), ("Cohere", "uses", "Trainium")},
        {("Nvidia", "uses", "Trainium"), ("TPU", "uses", "Trainium")},
    ),
    (
        "post_title_is_no_name",
        "Cohere has been investing in AI for a while. Priya Raman, Head of AI at Cohere, "
        "said: We use it for a lot of features.",
        set(),
        {("Cohere", "uses", "Head")},
    ),
    (
        "brand_in_owned_features_is_no_unit",
        "Hyundai launched its flagship Ioniq 9 in China by tapping Chinese tech giant Baidu "
        "to power its Hyundai Artificial Intelligence features.",
        {("Hyundai Motor Group", "uses", "Baidu")},
        {
            ("Hyundai Motor Group", "subsidiary_of", "Baidu"),
            ("Artificial Intelligence", "uses", "Baidu"),
        },
    ),
    (
        "cited_outlet_is_no_party",
        "Vextra and Quillon plan to set up a joint venture, Kyodo reported. The two "
        "firms said in May that they would form a new venture with Harmon Labs.",
        {
            ("Quillon", "partners_with", "Harmon Labs"),
            ("Vextra", "partners_with", "Harmon Labs"),
        },
        {
            ("Kyodo News", "partners_with", "Harmon Labs"),
        },
    ),
    (
        "pronoun_used_is_no_company",
        "Duolingo has worked with OpenAI for years. We use it for a lot of interactive features.",
        set(),
        {("Duolingo", "uses", "OpenAI")},
    ),
    (
        "cloud_unit_speaks_for_itself",
        "Alibaba Cloud, the cloud unit of Alibaba, said in March it will launch Qwen3 in July.",
        {("Alibaba Cloud", "develops", "Qwen3")},
        {("Alibaba", "develops", "Qwen3")},
    ),
    (
        "name_read_as_adverb_is_the_object",
        "Alibaba Cloud launched Qwen3 on Monday.",
        {("Alibaba Cloud", "develops", "Qwen3")},
        set(),
    ),
    (
        "use_its_content",
        "Harmon Media agreed to a licence that will allow Anthropic to use its back "
        "catalogue in tools such as Claude. Zentrix raised $400 million from Nvidia. "
        "Its CFO explained how it will spend the fresh cash.",
        {
            ("Anthropic", "uses", "Harmon Media"),
        },
        {
            ("Nvidia", "uses", "Zentrix"),
            ("Zentrix", "uses", "Nvidia"),
        },
    ),
    (
        "introduction_of_product",
        "Cerebras and G42 have jointly announced the introduction of Condor Galaxy, a network "
        "of supercomputers.",
        {("Cerebras", "develops", "Condor Galaxy"), ("G42", "develops", "Condor Galaxy")},
        set(),
    ),
    (
        "lost_apposition_with_participle",
        "The chatbot My AI operates thanks to ChatGPT, a system developed by OpenAI.",
        {("OpenAI", "develops", "ChatGPT")},
        set(),
    ),
    (
        "maker_description_said_it",
        "Oracle will supply OpenAI with capacity on Oracle Cloud Infrastructure, while the "
        "ChatGPT maker said it would keep running its existing workloads on Azure.",
        {("OpenAI", "uses", "Azure")},
        {("Oracle", "uses", "Azure")},
    ),
    (
        "plural_chip_model_number",
        "DeepSeek had relied on H100s for training, analysts said.",
        {("DeepSeek", "uses", "H100")},
        {("DeepSeek", "uses", "H100s")},
    ),
    (
        "typographic_apostrophe_reads_as_plain",
        "Samsung disclosed a plan to build Claude, Anthropic’s AI assistant, into its "
        "phones and tablets.",
        {
            ("Anthropic", "develops", "Claude"),
        },
        set(),
    ),
    (
        "tech_acronym_name_is_no_person",
        "Zoom's AI Companion now uses Anthropic's Claude.",
        {("AI Companion", "uses", "Claude")},
        set(),
    ),
    (
        "owner_of_passive_user",
        "Perplexity's search engine is built on Meta's Llama.",
        {("Perplexity", "uses", "Llama")},
        set(),
    ),
    (
        "second_founder_hung_on_the_verb",
        "Habana Labs, founded in 2016 by David Dahan and Ran Halutz, uses AI to improve chips.",
        {("Habana Labs", "founded_by", "David Dahan"), ("Habana Labs", "founded_by", "Ran Halutz")},
        set(),
    ),
    (
        "possessed_thing_called_a_name",
        "The combination is the key to Microsoft's proprietary tech called Prometheus.",
        {("Microsoft", "develops", "Prometheus")},
        set(),
    ),
    (
        "chief_of_a_name_ending_in_cloud",
        "Talal Alkaissi, CEO of G42 Cloud, the subsidiary of G42, spoke at the event.",
        {("Talal Alkaissi", "leads", "G42 Cloud"), ("G42 Cloud", "subsidiary_of", "G42")},
        set(),
    ),
    (
        "hyphened_given_name_is_a_person",
        "Cho Cheol-min, managing director of Samsung Electronics' LSI division team, made the "
        "revelation.",
        set(),
        {("Cho Cheol-min", "subsidiary_of", "LSI")},
    ),
    (
        "named_host_read_as_apposition",
        "Duolingo has recently integrated OpenAI's GPT-4 technology into its premium Duolingo "
        "Max offering.",
        {("Duolingo Max", "integrates", "GPT-4")},
        {("Duolingo", "integrates", "GPT-4")},
    ),
    (
        "one_letter_company_bought",
        "xAI has acquired X in an all-stock deal.",
        {("xAI", "acquires", "X Corp")},
        set(),
    ),
    (
        "adverb_before_verb_after_apposition",
        "Thrive Capital, an early backer of OpenAI, also invested in Lumora, a coding startup.",
        {("Thrive Capital", "invests_in", "OpenAI"), ("Thrive Capital", "invests_in", "Lumora")},
        set(),
    ),
    (
        "press_epithet_names_the_company",
        "Noam Shazeer, who left Google in 2021 to start Character.AI, will join the search "
        "giant's DeepMind unit.",
        {("Google DeepMind", "subsidiary_of", "Google")},
        {("Google DeepMind", "subsidiary_of", "Character.AI")},
    ),
    (
        "apostrophe_inside_an_outlet_name",
        "The deal covers content from The Wall Street Journal, Barron\u2019s, MarketWatch, "
        "Investor\u2019s Business Daily and the New York Post.",
        set(),
        {
            ("New York Post", "subsidiary_of", "Investor"),
            ("New York Post", "subsidiary_of", "Investor's Business Daily"),
        },
    ),
    (
        "facebook_parent_is_meta",
        "Meta and Google both launched models this week. The Facebook parent said it would "
        "spend $60 billion on Nvidia chips.",
        {("Meta", "uses", "Nvidia")},
        {("Google", "uses", "Nvidia")},
    ),
    (
        "the_two_partners_are_the_pair_stated",
        "Vextra and Halvex have agreed to co-develop a robotics platform. The system "
        "will be used by Vextra's Logistics Services division. The two partners plan "
        "to launch it in March.",
        {
            ("Vextra", "partners_with", "Halvex"),
        },
        {
            ("Logistics Services", "partners_with", "Vextra"),
        },
    ),
    (
        "sentence_initial_city_state_based_description",
        "Zoom said on Monday it would add Claude. The San Jose, California-based company has "
        "7,000 employees.",
        {("Zoom", "based_in", "San Jose")},
        set(),
    ),
    (
        "manufactured_for_uses_the_maker",
        "TSMC manufactures Nvidia's Blackwell GPUs, and Foxconn will assemble AI servers for "
        "OpenAI in Texas.",
        {("Nvidia", "uses", "TSMC"), ("OpenAI", "uses", "Foxconn")},
        {("TSMC", "uses", "Nvidia")},
    ),
    (
        "division_chief_heads_no_company",
        "Panos Panay, Amazon's devices chief, said the tool is free, and Salesforce chief "
        "Marc Benioff agreed.",
        {("Marc Benioff", "leads", "Salesforce")},
        {("Panos Panay", "leads", "Amazon")},
    ),
    (
        "possessed_partner_noun_has_its_own_holder",
        "GitHub, the Microsoft-owned code-hosting service, said its Copilot assistant will be "
        "powered by Anthropic's Claude 3.5 Sonnet and Google's Gemini 1.5 Pro, ending the "
        "tool's reliance on its parent company's closest AI partner.",
        {("GitHub", "subsidiary_of", "Microsoft")},
        {
            ("Anthropic", "partners_with", "Google"),
            ("GitHub", "subsidiary_of", "OpenAI"),
            ("GitHub", "subsidiary_of", "Google"),
        },
    ),
    (
        "given_name_left_out_by_ner",
        "Humane had raised money. Humane's co-founders, Imran Chaudhri and Bethany Bongiorno, "
        "will form a new division.",
        {("Humane", "founded_by", "Imran Chaudhri"), ("Humane", "founded_by", "Bethany Bongiorno")},
        {("Humane", "founded_by", "Chaudhri Bongiorno")},
    ),
    (
        "company_started_is_no_investor",
        "Vextra Labs has wrapped up a $900 million seed round led by General "
        "Catalyst. Reyes, who serves as chief executive, started the Boston-based "
        "company in March with Omar Lee.",
        {
            ("Vextra Labs", "founded_by", "Omar Lee"),
        },
        {
            ("General Catalyst", "based_in", "Boston"),
            ("General Catalyst", "founded_by", "Omar Lee"),
        },
    ),
    (
        "redmond_company_said",
        "Microsoft will invest in G42. Under the partnership, G42 will run its AI "
        "applications on Azure, the Redmond, Washington-based company said.",
        {("Microsoft", "based_in", "Redmond")},
        {("G42", "based_in", "Redmond")},
    ),
    (
        "samsung_sds_is_one_name",
        "Samsung SDS, a unit of Samsung Electronics, will also roll out OpenAI's ChatGPT "
        "Enterprise to its employees.",
        {("Samsung SDS", "subsidiary_of", "Samsung")},
        {("SDS", "subsidiary_of", "Samsung")},
    ),
    (
        "model_name_tagged_as_adjective",
        "Kant said Poolside's Malibu model now competes head-on with offerings from OpenAI "
        "and Anthropic.",
        {
            ("Poolside", "develops", "Malibu"),
            ("Malibu", "competes_with", "OpenAI"),
            ("Malibu", "competes_with", "Anthropic"),
        },
        set(),
    ),
    (
        "startup_apposition_beats_place_label",
        "Salesforce has snapped up Convergence, a London-based startup whose Proxy agent can "
        "navigate websites.",
        {
            ("Salesforce", "acquires", "Convergence"),
            ("Convergence", "develops", "Proxy"),
            ("Convergence", "based_in", "London"),
        },
        set(),
    ),
    (
        "group_members_all_listed",
        "Kestrel Partners, Intel and Osprey Capital were among the other investors "
        "who contributed to the Tessaly investment.",
        {
            ("Intel", "invests_in", "Tessaly"),
            ("Kestrel Partners", "invests_in", "Tessaly"),
            ("Osprey Capital", "invests_in", "Tessaly"),
        },
        set(),
    ),
    (
        "first_of_two_names_hung_on_the_second",
        "Intel is up against stiffer rivalry from chipmakers like Samsung Electronics "
        "and Micron Technology.",
        {
            ("Intel", "competes_with", "Micron"),
            ("Intel", "competes_with", "Samsung"),
        },
        set(),
    ),
    (
        "lead_investor_in_a_fundraise",
        "ASML will become the lead investor in French AI darling Mistral's next fundraise.",
        {("ASML", "invests_in", "Mistral AI")},
        set(),
    ),
    (
        "opening_participle_read_as_main_verb",
        "Brightwave sells robotics kits. Founded in 2017 by Dana Reyes, Omar Lee, and "
        "Li Wei, Brightwave is now worth roughly $2bn.",
        {
            ("Brightwave", "founded_by", "Dana Reyes"),
            ("Brightwave", "founded_by", "Omar Lee"),
        },
        set(),
    ),
    (
        "second_passive_participle_shares_subject",
        "Nadella said Phi-4 would be added to Azure AI Foundry and embedded in Windows 11.",
        {("Windows 11", "integrates", "Phi-4"), ("Azure AI Foundry", "integrates", "Phi-4")},
        set(),
    ),
    (
        "manner_participle_is_not_what_ends",
        "Duolingo said on Tuesday it would replace contractors with AI wherever possible, "
        "leaning on OpenAI's GPT-4o to generate lessons and on Google's Veo to produce clips.",
        {("Duolingo", "uses", "GPT-4o"), ("Duolingo", "uses", "Veo")},
        set(),
    ),
    (
        "possessed_generation_of_models",
        "Amazon said that Anthropic would train its next generation of Claude models on "
        "Project Rainier.",
        {("Anthropic", "develops", "Claude")},
        {("Amazon", "develops", "Claude")},
    ),
    (
        "named_deployments",
        "AWS and Oracle Cloud Infrastructure confirmed Blackwell deployments on 21 March.",
        {
            ("Amazon Web Services", "uses", "Blackwell"),
            ("Oracle Cloud Infrastructure", "uses", "Blackwell"),
        },
        set(),
    ),
    (
        "possessive_after_remains_names_the_clause_company",
        "Google will not take a stake in the company, a spokesperson said. Andreessen "
        "Horowitz, which led a $150 million round in Character.AI in 2023, remains its "
        "largest outside investor.",
        {("Andreessen Horowitz", "invests_in", "Character.AI")},
        {("Andreessen Horowitz", "invests_in", "Google")},
    ),
    (
        "one_who_joins_a_unit_owns_none",
        "Shazeer will join the search giant's DeepMind unit, while Dominic Perella becomes "
        "interim chief executive of Character.AI.",
        {("Dominic Perella", "leads", "Character.AI")},
        {
            ("Google DeepMind", "subsidiary_of", "Shazeer"),
            ("Google DeepMind", "subsidiary_of", "Noam Shazeer"),
        },
    ),
    (
        "rivals_those_from_and_listed_as_competitor",
        "DeepSeek's model rivals those from OpenAI and Google. Microsoft now lists OpenAI as "
        "a competitor in its annual report.",
        {
            ("DeepSeek", "competes_with", "OpenAI"),
            ("DeepSeek", "competes_with", "Google"),
            ("OpenAI", "competes_with", "Microsoft"),
        },
        set(),
    ),
    (
        "round_is_not_an_investors",
        "Mistral AI raised $600 million on Tuesday. Samsung joined the round alongside Cisco. "
        "Investors in the round included SoftBank and Dragoneer.",
        {
            ("Samsung", "invests_in", "Mistral AI"),
            ("SoftBank", "invests_in", "Mistral AI"),
            ("Dragoneer", "invests_in", "Mistral AI"),
        },
        {("SoftBank", "invests_in", "Samsung"), ("Dragoneer", "invests_in", "Samsung")},
    ),
    (
        "names_in_addition_to",
        "Copilot will be powered by Claude in addition to OpenAI's GPT-4o, and Nvidia "
        "invested in Mistral AI in addition to Cohere.",
        {
            ("Copilot", "uses", "Claude"),
            ("Copilot", "uses", "GPT-4o"),
            ("Nvidia", "invests_in", "Mistral AI"),
            ("Nvidia", "invests_in", "Cohere"),
        },
        set(),
    ),
    (
        "unknown_model_with_tier",
        "Quillmark's Notes app will use Orion Ultra to write summaries, and its Ledger app "
        "uses Vega Pro.",
        {("Notes", "uses", "Orion Ultra"), ("Ledger", "uses", "Vega Pro")},
        {("Notes", "uses", "Orion")},
    ),
    (
        "work_on_product",
        "Quillmark is working on a new chip called Vega. Nimbus is working with Quillmark on "
        "Orion Pro. Nimbus launched Helix. Nimbus and Quillmark are working on it.",
        {("Quillmark", "develops", "Vega")},
        # (Working on "it" is too weak a reading: it may be anything the text named.)
        {("Nimbus", "develops", "Orion Pro"), ("Quillmark", "develops", "Helix")},
    ),
    (
        "available_on_product",
        "As of now, Orion Nano is available on the Zeta 8 Pro and the Lumen X2 series. Vega is "
        "available on Azure.",
        {("Zeta 8 Pro", "integrates", "Orion Nano"), ("Lumen X2", "integrates", "Orion Nano")},
        {("Azure", "integrates", "Vega")},
    ),
    (
        "compete_mutually",
        "Quillmark and Nimbus compete in the cloud market. Zentrix and Orvala Labs compete "
        "with Corvane.",
        {("Quillmark", "competes_with", "Nimbus"), ("Zentrix", "competes_with", "Corvane")},
        {("Zentrix", "competes_with", "Orvala Labs")},
    ),
    (
        "standing_against",
        "The deal should bolster Quillmark's position against rivals like Nimbus and Zentrix. "
        "Corvane's share price rose over the week.",
        {("Quillmark", "competes_with", "Nimbus"), ("Quillmark", "competes_with", "Zentrix")},
        {("Corvane", "competes_with", "Nimbus")},
    ),
    (
        "its_after_listed_name",
        "Dravik Media is suing Lumora Labs, its parent Nimbus Systems, and Zentrix AI.",
        {
            ("Lumora Labs", "subsidiary_of", "Nimbus Systems"),
            ("Dravik Media", "sues", "Zentrix AI"),
        },
        {("Dravik Media", "subsidiary_of", "Nimbus Systems")},
    ),
    (
        "supply_under_partnerships",
        "Zentrix and Dravik Media agreed to supply Lumora with memory chips under "
        "partnerships announced on Monday.",
        {
            ("Zentrix", "partners_with", "Lumora"),
            ("Dravik Media", "partners_with", "Lumora"),
            ("Lumora", "uses", "Zentrix"),
        },
        {("Zentrix", "partners_with", "Dravik Media")},
    ),
    (
        "under_partnership_with",
        "Zentrix and Dravik Media will build a campus under a partnership with Lumora. Vega, "
        "a tool made by Orvane Labs in cooperation with Nimbus Systems, is popular.",
        {
            ("Zentrix", "partners_with", "Lumora"),
            ("Dravik Media", "partners_with", "Lumora"),
            ("Orvane Labs", "partners_with", "Nimbus Systems"),
        },
        {("Zentrix", "partners_with", "Dravik Media")},
    ),
    (
        "joint_venture_owners",
        "Stargate, the joint venture Lumora formed with Zentrix Capital and Dravik Media, is "
        "building a campus. Lumora also has partnerships with Orvane Labs and Nimbus Systems.",
        {
            ("Zentrix Capital", "partners_with", "Dravik Media"),
            ("Lumora", "partners_with", "Zentrix Capital"),
        },
        {("Orvane Labs", "partners_with", "Nimbus Systems")},
    ),
    (
        "unknown_model_version",
        "Its Quill assistant will be powered by Nimbus's Orion 3 and Lumora's Vega 2. Zentrix "
        "grew 3 times faster than Dravik Media.",
        {("Quill", "uses", "Orion 3"), ("Nimbus", "develops", "Orion 3")},
        {("Quill", "uses", "Orion")},
    ),
    (
        "funds_used_are_money",
        "Kestrel Robotics raised $95 million from Harmon Capital and Finch Ventures. "
        "The startup plans to use the funds to expand sales.",
        {
            ("Harmon Capital", "invests_in", "Kestrel Robotics"),
        },
        {
            ("Harmon Capital", "uses", "Finch Ventures"),
            ("Kestrel Robotics", "uses", "Finch Ventures"),
        },
    ),
    (
        "bare_partnership_is_last_pair",
        "Lumora Labs will invest $1.5 billion in Zentrix AI. The partnership was announced on "
        "Monday. Orvane Robotics raised money from Dravik Capital. Its partnership with "
        "Nimbus Systems ended.",
        {("Lumora Labs", "partners_with", "Zentrix AI")},
        {("Dravik Capital", "partners_with", "Orvane Robotics")},
    ),
    (
        "owner_of_a_listed_run",
        "Nimbus Systems has open source projects like its Tensorflux platform and Kubelane "
        "cluster management system. Nimbus Systems' Vega chatbot and Orvane Labs announced a "
        "deal.",
        {
            ("Nimbus Systems", "develops", "Tensorflux"),
            ("Nimbus Systems", "develops", "Kubelane"),
            ("Nimbus Systems", "develops", "Vega"),
        },
        {("Orvane Labs", "subsidiary_of", "Nimbus Systems")},
    ),
    (
        "departure_noun_ends_post",
        "Nimbus Systems bought Twitchy. The move followed CEO Mara Quist's dismissal from "
        "Orvane Labs on Friday. Dravik Media CEO Tomas Reyes's plan to expand was approved.",
        {("Tomas Reyes", "leads", "Dravik Media")},
        {("Mara Quist", "leads", "Nimbus Systems"), ("Mara Quist", "leads", "Orvane Labs")},
    ),
    (
        "startup_is_no_unit",
        "Mara Quist, who left Nimbus Systems in 2021 to start Orvane Labs, will join Nimbus "
        "Systems' Helix unit, while Tomas Reyes, the startup's general counsel, becomes "
        "interim chief executive.",
        {("Tomas Reyes", "leads", "Orvane Labs")},
        {("Tomas Reyes", "leads", "Nimbus Systems"), ("Tomas Reyes", "leads", "Helix")},
    ),
    (
        "company_and_its_customers",
        "Nimbus Systems built an Arm-based CPU to equip the company and its enterprise "
        "customers. Orvane Labs is Nimbus Systems' partner and its largest customer.",
        {("Orvane Labs", "uses", "Nimbus Systems")},
        {("Arm", "uses", "Nimbus Systems")},
    ),
    (
        "suspended_backer_halves",
        "Dravik Media sued Orvane Labs on Monday. It alleges that the Amazon- and "
        "Google-backed startup's Vega model copies lyrics.",
        {
            ("Amazon", "invests_in", "Orvane Labs"),
            ("Google", "invests_in", "Orvane Labs"),
            ("Orvane Labs", "develops", "Vega"),
        },
        set(),
    ),
    (
        "rival_to_products_from",
        "Sundial pitches the S3 as a cheaper rival to accelerators from Nimbus Systems and "
        "Korvath Systems. Zentrix AI has unveiled Vega, a chatbot with a rebellious streak "
        "that it is pitching as a competitor to Orion.",
        {
            ("S3", "competes_with", "Nimbus Systems"),
            ("S3", "competes_with", "Korvath Systems"),
            ("Vega", "competes_with", "Orion"),
        },
        {("Zentrix AI", "competes_with", "Orion")},
    ),
    (
        "get_compute_from",
        "Under the agreement, Orvane Labs will get capacity from Nimbus Systems. Zentrix AI "
        "got funding from Dravik Capital.",
        {("Orvane Labs", "uses", "Nimbus Systems"), ("Dravik Capital", "invests_in", "Zentrix AI")},
        {("Zentrix AI", "uses", "Dravik Capital")},
    ),
    (
        "copula_names_the_product",
        "Orvane Labs' flagship product is Vega. Zentrix AI's Lumo is a large language model. "
        "Orvane Labs' biggest investor is Nimbus Systems.",
        {
            ("Orvane Labs", "develops", "Vega"),
            ("Zentrix AI", "develops", "Lumo"),
            ("Nimbus Systems", "invests_in", "Orvane Labs"),
        },
        {("Vega", "subsidiary_of", "Orvane Labs")},
    ),
    (
        # (Rivalry words near two names are no rivalry stated between them: the
        # co-occurrence fallback is kept for partnerships only.)
        "cooccurring_symmetric_relation",
        "Orvane Labs has been locked in a bitter rivalry over chips for years, and Nimbus "
        "Systems now leads it. Mara Quist, a managing partner at Dravik Capital, will join "
        "Zentrix AI's board. Zentrix AI was bought by Orvane Labs after a rival bid fell "
        "short.",
        set(),
        {
            ("Orvane Labs", "competes_with", "Nimbus Systems"),
            ("Dravik Capital", "partners_with", "Zentrix AI"),
            ("Zentrix AI", "competes_with", "Orvane Labs"),
            ("Orvane Labs", "competes_with", "Zentrix AI"),
        },
    ),
    (
        "suit_filed_by_list_against",
        "The suit was filed by artists Mara Quist, Tomas Reyes and Ellen Park against Orvane Labs.",
        {
            ("Mara Quist", "sues", "Orvane Labs"),
            ("Tomas Reyes", "sues", "Orvane Labs"),
            ("Ellen Park", "sues", "Orvane Labs"),
        },
        set(),
    ),
    (
        "investor_list_past_an_apposition",
        "Orvane Robotics has raised $675 million from a roster of backers that includes "
        "Nimbus Systems, Zentrix AI, Dravik Capital, the venture arm owned by Korvath, the "
        "Lumen Startup Fund and Mara Quist, who invested through her family office. The "
        "startup raised money in a round led by Sablecrest Ventures, and Quarry runs on "
        "Orris-2.",
        {
            ("Zentrix AI", "invests_in", "Orvane Robotics"),
            ("Lumen Startup Fund", "invests_in", "Orvane Robotics"),
            ("Mara Quist", "invests_in", "Orvane Robotics"),
        },
        {("Korvath", "invests_in", "Orvane Robotics"), ("Quarry", "invests_in", "Orvane Robotics")},
    ),
    (
        "suit_lists_past_appositions",
        "The Saveri Law Firm, a class-action firm with offices in two states, and Mara Quist, "
        "a lawyer and programmer, are filing a lawsuit against Lumora Labs, its parent, "
        "Nimbus Systems, and its AI partner, Orvane Labs.",
        {
            ("Saveri Law Firm", "sues", "Lumora Labs"),
            ("Mara Quist", "sues", "Nimbus Systems"),
            ("Mara Quist", "sues", "Orvane Labs"),
        },
        set(),
    ),
    (
        "has_it_built_in",
        "The Helix browser now has Lumo built in. Separately, Quill Copilot, which is built "
        "by Nimbus Systems, already has Orvane Labs' Lumo 4 and Zentrix AI's Vega 2 built in. "
        "Orvane Labs has built in Paris a new lab.",
        {
            ("Helix", "integrates", "Lumo"),
            ("Copilot", "integrates", "Lumo 4"),
            ("Copilot", "integrates", "Vega 2"),
        },
        {("Orvane Labs", "integrates", "Paris")},
    ),
    (
        "used_list_after_a_dash",
        "Orvane Labs' compute strategy uses three chip platforms \u2013 Nimbus Systems' Vega "
        "chips, Zentrix AI's Lumo chips, and Nvidia's GPUs. Humane had raised money from "
        "backers including Salesforce chief executive Marc Benioff, Microsoft and OpenAI "
        "chief executive Sam Altman.",
        {
            ("Orvane Labs", "uses", "Vega"),
            ("Orvane Labs", "uses", "Lumo"),
            ("Microsoft", "invests_in", "Humane"),
            ("Sam Altman", "invests_in", "Humane"),
        },
        {("OpenAI", "invests_in", "Humane"), ("Salesforce", "invests_in", "Humane")},
    ),
    (
        "platform_part_is_a_product",
        "Orvane Labs' models become available to customers of Microsoft's Azure AI Studio.",
        {("Microsoft", "develops", "Azure AI Studio")},
        {("Microsoft", "develops", "Azure AI")},
    ),
    (
        "object_it_is_nearest_company",
        "Nimbus Systems has cut ties with Orvane Labs after Zentrix AI agreed to pay $14 "
        "billion for a 49% stake in it. Dravik Media said Korvath Capital would buy a stake "
        "in it.",
        {
            ("Zentrix AI", "invests_in", "Orvane Labs"),
            ("Korvath Capital", "invests_in", "Dravik Media"),
        },
        {("Zentrix AI", "invests_in", "Nimbus Systems")},
    ),
    (
        "whether_clause_is_a_question",
        "Some analysts questioned whether Orvane Labs had quietly relied on chips from Nimbus "
        "Systems. It is unclear whether Zentrix AI will invest in Dravik Media. Korvath "
        "Capital will invest in Lumora Labs, whether or not regulators approve.",
        {("Korvath Capital", "invests_in", "Lumora Labs")},
        {("Orvane Labs", "uses", "Nimbus Systems"), ("Zentrix AI", "invests_in", "Dravik Media")},
    ),
    (
        "claim_denied_after_the_clause",
        "Orvane Labs had relied on chips from Nimbus Systems, a claim the company denied. "
        "Zentrix AI relies on chips from Korvath Systems, a claim the company confirmed.",
        {("Zentrix AI", "uses", "Korvath Systems")},
        {("Orvane Labs", "uses", "Nimbus Systems")},
    ),
    (
        "unit_formed_is_not_founded",
        "Orvane's co-founders, Mara Quist and Tomas Reyes, will form a new division called "
        "Helix IQ, which Quist has been hired to run. Ellen Park founded a new AI lab called "
        "Lumen Labs in 2023.",
        {("Lumen Labs", "founded_by", "Ellen Park")},
        {("Helix IQ", "founded_by", "Mara Quist"), ("Helix IQ", "founded_by", "Tomas Reyes")},
    ),
    (
        "no_use_of_own_parent_or_unit",
        "Google runs its internal tools on Google Cloud. Waymo uses "
        "Google Cloud to train its models.",
        {("Waymo", "uses", "Google Cloud")},
        {("Google", "uses", "Google Cloud")},
    ),
    (
        "size_tier_names_a_model",
        "Quillmark uses Vega Large in its apps, and Orvane Labs runs Lumo Small on phones.",
        {("Quillmark", "uses", "Vega Large")},
        {("Quillmark", "uses", "Vega")},
    ),
    (
        "sued_along_with_others",
        "Dravik Media, along with Ledger Group and Korvath Press, sued Orvane Labs on Monday.",
        {
            ("Ledger Group", "sues", "Orvane Labs"),
            ("Korvath Press", "sues", "Orvane Labs"),
            ("Dravik Media", "sues", "Orvane Labs"),
        },
        set(),
    ),
    (
        "model_number_chips",
        "Corvane trained its new model on 4,096 of Google's TPUv5p chips, and Quillmark will "
        "deploy 20,000 AMD MI355X GPUs in its data centres.",
        {
            ("Corvane", "uses", "TPUv5p"),
            ("Google", "develops", "TPUv5p"),
            ("Quillmark", "uses", "MI355X"),
        },
        set(),
    ),
    (
        "subject_owner_topic",
        "Harlow Robotics has raised $50 million. Its chief technology officer joined from "
        "Brinmoor University a year later. The company's Kestrel-4 robot, launched in May, "
        "can sort parcels.",
        {("Harlow Robotics", "develops", "Kestrel-4")},
        {("Brinmoor University", "develops", "Kestrel-4")},
    ),
    (
        "possessed_adjective_name",
        "Orvane's assistant is hosted on Microsoft's Azure cloud services.",
        {("Microsoft", "develops", "Azure")},
        set(),
    ),
    (
        "colon_description",
        "The assistant works thanks to Vega: a capable language model developed by Orvane Labs.",
        {("Orvane Labs", "develops", "Vega")},
        set(),
    ),
    (
        "counted_fleet_not_developed",
        "Zeta trained its models on 4,096 of Google's TPUv5p chips and ran inference on "
        "1,024 TPUv4 processors.",
        {("Zeta", "uses", "TPUv5p")},
        {("Zeta", "develops", "TPUv4")},
    ),
    (
        "owner_list_before_relation_noun",
        "Lumora's Nvidia and Reka partnerships are growing.",
        set(),
        {("Nvidia", "subsidiary_of", "Lumora")},
    ),
    (
        "comma_named_product",
        "Chinese tech group Alibaba has entered the race with its newest AI model, Qwen "
        "3-Max, setting up a contest. And with Imagen 2, Google's image technology, users can "
        "edit photos.",
        {("Alibaba", "develops", "Qwen3-Max"), ("Google", "develops", "Imagen 2")},
        set(),
    ),
    (
        "plaintiffs_include_list",
        "Plaintiffs in the case against OpenAI include the novelists Ann Lee, Tom Hale and "
        "Ravi Patel.",
        {
            ("Ann Lee", "sues", "OpenAI"),
            ("Tom Hale", "sues", "OpenAI"),
            ("Ravi Patel", "sues", "OpenAI"),
        },
        set(),
    ),
    (
        "lawsuit_filed_passive",
        "The lawsuit against OpenAI was filed by Ann Lee and Tom Hale in New York. A second "
        "suit against Microsoft was filed by a law firm on behalf of the Daily Ledger.",
        {
            ("Ann Lee", "sues", "OpenAI"),
            ("Tom Hale", "sues", "OpenAI"),
            ("Daily Ledger", "sues", "Microsoft"),
        },
        set(),
    ),
    (
        "launched_with_model",
        "Samsung will launch the Galaxy S26 with Google's Gemini Nano model this spring.",
        {("Galaxy S26", "integrates", "Gemini Nano")},
        set(),
    ),
    (
        "bundled_with_hosts",
        "Siri is bundled with the iPhone 16, the iPad Pro and the Apple Watch.",
        {("iPhone 16", "integrates", "Siri"), ("iPad Pro", "integrates", "Siri")},
        set(),
    ),
    (
        "rivals_of_unnamed_subject",
        "The startup competes against the likes of Google and Microsoft in search.",
        set(),
        {("Google", "competes_with", "Microsoft")},
    ),
    (
        "middle_initial_person",
        '"We are glad to have Ann Lee as our chief executive," Frank D. Morrow, the interim '
        "chair of the board, said in a statement.",
        set(),
        {("Ann Lee", "leads", "Frank D. Morrow")},
    ),
    (
        "slash_joined_models",
        "Oracle will deploy AMD MI300X/MI325X chips in its new data centres, and Zeta bought "
        "A100/H100 chips from Nvidia.",
        {
            ("Oracle", "uses", "MI300X"),
            ("Oracle", "uses", "MI325X"),
            ("Zeta", "uses", "A100"),
            ("Zeta", "uses", "H100"),
        },
        set(),
    ),
    (
        "share_of_company_arm",
        "Microsoft owns roughly 49% of OpenAI's for-profit arm, the filing showed.",
        {("Microsoft", "invests_in", "OpenAI")},
        set(),
    ),
    (
        "person_possessive_not_maker",
        "Reporters saw the post on Musk's X, the social network formerly known as Twitter, on "
        "Monday.",
        set(),
        {("Elon Musk", "develops", "X")},
    ),
    (
        "reduced_relative_founder_misattached",
        "Nvidia is in talks to invest in a new round for Zeta Labs, the robotics company Ann "
        "Lee founded in 2023, that could raise $6 billion.",
        {("Zeta Labs", "founded_by", "Ann Lee")},
        set(),
    ),
    (
        "reduced_relative_founder_two_subjects",
        "xAI, the company Elon Musk founded in 2023, raised more money on Monday.",
        {("xAI", "founded_by", "Elon Musk")},
        set(),
    ),
    (
        "numbered_fund_own_name",
        "Zeta, whose investors include Nvidia, SoftBank's Vision Fund 2 and Jeff Bezos, "
        "declined to comment.",
        {("Vision Fund 2", "invests_in", "Zeta")},
        {("SoftBank Vision Fund", "invests_in", "Zeta")},
    ),
    (
        "framed_agreed_act",
        "Tessaly and Brinmoor Semiconductor have agreed to supply Orvane Labs with memory "
        "chips for its data centres, under partnerships announced in Seoul on Wednesday.",
        {
            ("Tessaly", "partners_with", "Orvane Labs"),
            ("Brinmoor Semiconductor", "partners_with", "Orvane Labs"),
            ("Orvane Labs", "uses", "Tessaly"),
        },
        set(),
    ),
    (
        "formed_venture_owners",
        "Lumora said part of the money would go to Halcyon, the joint venture it formed with "
        "Nimbus Cloud and Tessaly last year.",
        {
            ("Lumora", "invests_in", "Halcyon"),
            ("Nimbus Cloud", "invests_in", "Halcyon"),
            ("Tessaly", "invests_in", "Halcyon"),
        },
        set(),
    ),
    (
        "deal_told_before_no_partners",
        "Zentrix and Quillon agreed on a deal that gives the smaller lab access to "
        "300,000 accelerators. The pair unveiled the agreement on Monday.",
        set(),
        {
            ("Zentrix", "partners_with", "Quillon"),
        },
    ),
    (
        "counts_among_customers_list",
        "OpenAI counts Morgan Stanley and PwC among its enterprise customers.",
        {("Morgan Stanley", "uses", "OpenAI"), ("PwC", "uses", "OpenAI")},
        set(),
    ),
    (
        "staff_at_companies",
        "Developers at Stripe and Zapier already use GPT-4 to write code.",
        {("Stripe", "uses", "GPT-4"), ("Zapier", "uses", "GPT-4")},
        set(),
    ),
    (
        "misread_verb_after_article",
        "The new Alexa+ taps Anthropic's Claude for some answers.",
        {("Alexa+", "uses", "Claude")},
        {("Alexa+", "uses", "Anthropic")},
    ),
    (
        "name_typed_by_noun_past_modifiers",
        "The Orvane chatbot will be reachable via Halvard's Wren voice-controlled assistant, "
        "which launched in 2023.",
        {("Halvard", "develops", "Wren")},
        set(),
    ),
    (
        "staff_working_on_tool",
        "Quillmark now has 300 engineers working on Quill AI Studio and its search tools.",
        {("Quillmark", "develops", "Quill AI Studio")},
        set(),
    ),
    (
        "founding_name_misread",
        "Then Naveen Rao went to work for Intel for a few years before founding MosaicML.",
        {("MosaicML", "founded_by", "Naveen Rao")},
        set(),
    ),
    (
        "own_products_listed_hosts",
        "Salesforce said it will weave Anthropic's Claude into its own apps, such as Slack "
        "and Tableau, over the next year.",
        {("Slack", "integrates", "Claude"), ("Tableau", "integrates", "Claude")},
        set(),
    ),
    (
        "choose_inside_product",
        "Notion will let writers choose Anthropic's Claude and Google's Gemini inside its "
        "Notion AI assistant.",
        {("Notion AI", "integrates", "Claude"), ("Notion AI", "integrates", "Gemini")},
        set(),
    ),
    (
        "misread_verb_not_product_head",
        "The product runs on Lumen-3, a language model that Pellucid licenses from Lumora AI.",
        set(),
        {("Lumora AI", "develops", "Pellucid")},
    ),
    (
        "company_place_run_one_name",
        "Nvidia and Samsung have formed a joint venture, KX Samsung Korea, to sell AI servers "
        "to local banks.",
        {
            ("Nvidia", "invests_in", "KX Samsung Korea"),
            ("Samsung", "invests_in", "KX Samsung Korea"),
        },
        set(),
    ),
    (
        "venture_not_its_owners_partner",
        "The Tokyo group has also set up SB OpenAI Japan, a joint venture with OpenAI that "
        "will sell agents to local firms.",
        {("OpenAI", "invests_in", "SB OpenAI Japan")},
        {("SB OpenAI Japan", "partners_with", "OpenAI")},
    ),
    (
        "portfolio_company_investor",
        "Cohere, a portfolio company of Nvidia, raised more money, and Sequoia's portfolio "
        "company Harvey grew fast.",
        {("Nvidia", "invests_in", "Cohere"), ("Sequoia Capital", "invests_in", "Harvey")},
        set(),
    ),
    (
        "investment_as_giver",
        "Meta's $14 billion investment in Scale AI gave it a 49% stake.",
        {("Meta", "invests_in", "Scale AI")},
        set(),
    ),
    (
        "vying_to_take_on",
        "Mistral AI is vying to take on OpenAI.",
        {("Mistral AI", "competes_with", "OpenAI")},
        set(),
    ),
    (
        "helped_company_competes",
        "Databricks raised new money this week. Meta joined as an investor, helping the "
        "company compete with Snowflake.",
        {("Databricks", "competes_with", "Snowflake")},
        {("Meta", "competes_with", "Snowflake")},
    ),
    (
        "helped_unnamed_competes",
        "Meta invested, allowing the startup to compete with Snowflake.",
        set(),
        {("Meta", "competes_with", "Snowflake")},
    ),
    (
        "relies_on_owned_list",
        "Zeta relies heavily on Anthropic's Claude 3.7 Sonnet and OpenAI's GPT-4.1 to write code.",
        {("Zeta", "uses", "Claude 3.7 Sonnet"), ("Zeta", "uses", "GPT-4.1")},
        {("Zeta", "uses", "OpenAI")},
    ),
    (
        "use_through_cloud",
        "Anthropic will use one million of Google's TPUs through Google Cloud, and Cohere "
        "will serve its Command model from Bedrock.",
        {("Anthropic", "uses", "Google Cloud"), ("Cohere", "uses", "Amazon Bedrock")},
        set(),
    ),
    (
        "runs_read_as_noun",
        "The complaint also names Microsoft, whose Bing search engine runs on OpenAI's GPT-4.",
        {("Bing", "uses", "GPT-4")},
        {("Microsoft", "uses", "GPT-4")},
    ),
    (
        "joined_as_investor",
        "Databricks raised $10 billion this week. Meta also joined as a strategic investor.",
        {("Meta", "invests_in", "Databricks")},
        set(),
    ),
    (
        "maker_possessive",
        "Reddit sued Anthropic on Wednesday, alleging that the Claude developer's bots "
        "scraped the site.",
        {("Anthropic", "develops", "Claude"), ("Reddit", "sues", "Anthropic")},
        {("Reddit", "develops", "Claude")},
    ),
    (
        "org_name_cut_on_left",
        "Investors like AMD, Salesforce, Northern Public Employees Retirement Fund, "
        "and Radical Ventures put $270 million into Tessaly.",
        {
            ("Northern Public Employees Retirement Fund", "invests_in", "Tessaly"),
        },
        {
            ("Employees Retirement Fund", "invests_in", "Tessaly"),
        },
    ),
    (
        "alongside_co_investor",
        "Sequoia, alongside Nvidia, invested in Zeta.",
        {("Sequoia Capital", "invests_in", "Zeta"), ("Nvidia", "invests_in", "Zeta")},
        {("Sequoia Capital", "partners_with", "Nvidia")},
    ),
    (
        "along_with_co_investor",
        "Accel, along with Sequoia, invested $10 million in Zeta.",
        {("Accel", "invests_in", "Zeta"), ("Sequoia Capital", "invests_in", "Zeta")},
        set(),
    ),
    (
        "round_led_passive",
        "Zeta's Series B was led by Accel. Separately, the $100 million investment in Nimbus "
        "was led by Sequoia.",
        {("Accel", "invests_in", "Zeta"), ("Sequoia Capital", "invests_in", "Nimbus")},
        {("Accel", "invests_in", "Nimbus")},
    ),
    (
        "funding_came_from_round_before",
        "Zeta raised $100 million last week. The funding came from Sequoia and Nvidia.",
        {("Sequoia Capital", "invests_in", "Zeta"), ("Nvidia", "invests_in", "Zeta")},
        set(),
    ),
    (
        "among_investors_round_before",
        "Zeta raised $100 million last week. Sequoia was among the investors, and Accel was "
        "among the investors in Nimbus.",
        {("Sequoia Capital", "invests_in", "Zeta"), ("Accel", "invests_in", "Nimbus")},
        {("Accel", "invests_in", "Zeta")},
    ),
    (
        "named_customer_compound",
        "Zeta, a major Nvidia customer, builds chatbots for banks.",
        {("Zeta", "uses", "Nvidia")},
        set(),
    ),
    (
        "based_on_model",
        "Zeta's assistant, which is based on GPT-4, launched today, and Nimbus Chat is based "
        "on Anthropic's Claude.",
        {("Zeta", "uses", "GPT-4"), ("Nimbus Chat", "uses", "Claude")},
        set(),
    ),
    (
        "developed_by_staff",
        "Gemini was developed by a team at Google, and Claude was built by Anthropic's "
        "research lab.",
        {("Google", "develops", "Gemini"), ("Anthropic", "develops", "Claude")},
        set(),
    ),
    (
        "former_employer_no_antecedent",
        "Thinking Machines Lab raised $2 billion. The round reflects confidence in her team "
        "of ex-OpenAI talent, positioning the lab as a competitor to Anthropic.",
        {("Thinking Machines Lab", "competes_with", "Anthropic")},
        {("OpenAI", "competes_with", "Anthropic")},
    ),
    (
        "ticker_in_brackets",
        "The deal collapsed over concerns tied to Microsoft (MSFT, Financials), OpenAI's "
        "close partner.",
        {("Microsoft", "partners_with", "OpenAI")},
        {("Financials", "partners_with", "OpenAI")},
    ),
    (
        "backed_modifier_first_name_only",
        "Europe wants rivals to companies such as Microsoft-backed OpenAI and Google DeepMind.",
        {("Microsoft", "invests_in", "OpenAI")},
        {("Microsoft", "invests_in", "Google DeepMind")},
    ),
    (
        "among_backers_inverted",
        "Among Mistral AI's backers are several tech giants including Salesforce and Nvidia.",
        {("Salesforce", "invests_in", "Mistral AI"), ("Nvidia", "invests_in", "Mistral AI")},
        set(),
    ),
    (
        "is_behind_product",
        "OpenAI is behind the ChatGPT app, and it is also behind DALL-E.",
        {("OpenAI", "develops", "ChatGPT"), ("OpenAI", "develops", "DALL-E")},
        set(),
    ),
    (
        "short_name_in_brackets_kept",
        "Safe Superintelligence (SSI) raised money last year. SSI uses TPUs from Google Cloud.",
        {("Safe Superintelligence", "uses", "TPU")},
        set(),
    ),
    (
        "locked_into_partnership",
        "The agreement lifts Halden's overall stake to $3 billion and locks Brixo into a "
        "closer partnership with Amazon Web Services.",
        {("Brixo", "partners_with", "Amazon Web Services")},
        {("Halden", "partners_with", "Amazon Web Services")},
    ),
    (
        "moving_away_from_use",
        "The supply pact lets Halden move away from relying on Brixo's GPUs, and Zeta is "
        "moving away from Azure to Google Cloud.",
        {("Zeta", "uses", "Google Cloud")},
        {("Halden", "uses", "Brixo"), ("Zeta", "uses", "Azure")},
    ),
    (
        "valued_name_read_as_adverb",
        "Aleph Alpha raised money in March. The fresh round, led by American investor "
        "Andreessen Horowitz, values Mistral at 6 billion euros.",
        {("Andreessen Horowitz", "invests_in", "Mistral AI")},
        {("Andreessen Horowitz", "invests_in", "Aleph Alpha")},
    ),
    (
        "list_broken_by_bracket",
        "Vextra raised $240 million with backing from Amazon, AMD, Eric Schmidt "
        "(through Innovation Endeavors), Samsung Next, Lux Capital, and Coatue.",
        {
            ("Coatue", "invests_in", "Vextra"),
            ("Eric Schmidt", "invests_in", "Vextra"),
            ("Innovation Endeavors", "invests_in", "Vextra"),
            ("Samsung Next", "invests_in", "Vextra"),
        },
        set(),
    ),
    (
        "founding_team_apposition",
        "Character.AI's founding team, Noam Shazeer and Daniel De Freitas, is moving to Google.",
        {
            ("Character.AI", "founded_by", "Noam Shazeer"),
            ("Character.AI", "founded_by", "Daniel De Freitas"),
        },
        {("Google", "founded_by", "Noam Shazeer")},
    ),
    (
        "kind_word_between_name_and_head",
        "OpenAI will deploy up to 6 gigawatts of AMD's Instinct GPU systems.",
        {("OpenAI", "uses", "Instinct"), ("AMD", "develops", "Instinct")},
        set(),
    ),
    (
        "nationality_before_split_name",
        "Qualcomm needs approval for its planned takeover of Israeli software startup "
        "Run:ai, the Competition and Markets Authority said on Tuesday. Qualcomm "
        "disclosed its purchase of the Israeli company in March.",
        {
            ("Qualcomm", "acquires", "Run:ai"),
        },
        {
            ("Qualcomm", "acquires", "Competition and Markets Authority"),
        },
    ),
    (
        "title_listed_from_group",
        "Cognition bought the rest. Windsurf's top leadership, including CEO Varun Mohan, met "
        "Google in May.",
        {("Varun Mohan", "leads", "Windsurf")},
        {("Varun Mohan", "leads", "Cognition")},
    ),
    (
        "founders_listed_from_team",
        "HP will acquire assets from Humane for $116 million. Humane's team, including "
        "founders Imran Chaudhri and Bethany Bongiorno, will form a new division at HP.",
        {("HP Inc.", "acquires", "Humane"), ("Humane", "founded_by", "Imran Chaudhri")},
        {("HP Inc.", "founded_by", "Imran Chaudhri")},
    ),
    (
        "event_name_no_product",
        "Google announced the chips during its Cloud Next '25 event in April.",
        set(),
        {("Google", "develops", "Cloud Next")},
    ),
    (
        "suit_names_defendant",
        "The suit, filed by Getty Images in Delaware, names Stability AI as a defendant.",
        {("Getty Images", "sues", "Stability AI")},
        set(),
    ),
    (
        "group_led_by_sues",
        "A group of news outlets led by the Daily News sued OpenAI and Microsoft, and Getty "
        "is suing Stability AI.",
        {
            ("Daily News", "sues", "OpenAI"),
            ("Daily News", "sues", "Microsoft"),
            ("Getty Images", "sues", "Stability AI"),
        },
        set(),
    ),
    (
        "chosen_and_contained_hardware",
        "Zeta has opted for AMD's MI300X chips, and its supercomputer contains 10,000 H100 GPUs.",
        {("Zeta", "uses", "MI300X"), ("Zeta", "uses", "H100")},
        set(),
    ),
    (
        "preferred_cloud_and_run_model",
        "Azure is Zeta's preferred cloud, and Zeta's chatbot runs GPT-4 under the hood.",
        {("Zeta", "uses", "Azure"), ("Zeta", "uses", "GPT-4")},
        {("Azure", "uses", "Zeta")},
    ),
    (
        "listed_leader_jumped_ship",
        "Windsurf's top leadership, including CEO Varun Mohan, has jumped ship to Google.",
        set(),
        {("Varun Mohan", "leads", "Windsurf")},
    ),
    (
        "bare_collaboration_after_backer_list",
        "Zeta raised $50 million from Sequoia, Accel and Nvidia. The collaboration aims to "
        "speed up its robots.",
        {("Nvidia", "invests_in", "Zeta")},
        {("Nvidia", "partners_with", "Zeta"), ("Accel", "partners_with", "Zeta")},
    ),
    (
        "org_named_of_place",
        "They sent the app for approval to China's regulator, the Cyberspace Administration "
        "of China, and Bank of America invested in Zeta.",
        {
            ("Cyberspace Administration of China", "based_in", "China"),
            ("Bank of America", "invests_in", "Zeta"),
        },
        {("Cyberspace Administration", "based_in", "China")},
    ),
    (
        "joined_by_not_a_round",
        "Qualcomm raised $100 million. The group was led by analyst Bob Smith and joined by Intel.",
        set(),
        {("Intel", "invests_in", "Qualcomm")},
    ),
    (
        "provide_for_product_users",
        "Apple and Alibaba will work together. Under the deal, both companies will provide AI "
        "features for iPhone users in China.",
        {("Apple", "partners_with", "Alibaba")},
        {("iPhone", "uses", "Apple"), ("iPhone", "uses", "Alibaba")},
    ),
    (
        "ties_with_partner",
        "Zeta deepened its ties with Nimbus, while Orbit cut ties with OpenAI last year.",
        {("Zeta", "partners_with", "Nimbus")},
        {("Orbit", "partners_with", "OpenAI")},
    ),
    (
        "inverted_among_customers",
        "Among the first customers of Trainium2 are Anthropic and Databricks, and early "
        "adopters of Gemini include Samsung.",
        {
            ("Anthropic", "uses", "Trainium2"),
            ("Databricks", "uses", "Trainium2"),
            ("Samsung", "uses", "Gemini"),
        },
        set(),
    ),
    (
        "priced_deal_with_compute_seller",
        "OpenAI signed a $38 billion deal with Amazon Web Services, and Disney signed a $1 "
        "billion deal with Nimbus.",
        {("OpenAI", "uses", "Amazon Web Services")},
        {("Disney", "uses", "Nimbus")},
    ),
    (
        "post_held_until",
        "Ann Lee, who was CEO of Zeta until 2020, spoke on Monday, and Omar Diaz will be CEO "
        "of Nimbus until 2027.",
        {("Omar Diaz", "leads", "Nimbus")},
        {("Ann Lee", "leads", "Zeta")},
    ),
    (
        "showed_off_product",
        "Microsoft showed off Copilot Vision, a new feature, while Zeta showed off OpenAI's "
        "GPT-4 to customers.",
        {("Microsoft", "develops", "Copilot Vision")},
        {("Zeta", "develops", "GPT-4")},
    ),
    (
        "home_city_and_web_giant",
        "Founded last year in Alibaba's home city of Hangzhou, the lab grew fast. Google and "
        "Anthropic struck a deal that gives the startup access to the web giant's tensor "
        "processing units.",
        {("Alibaba", "based_in", "Hangzhou"), ("Google", "develops", "TPU")},
        {("Anthropic", "develops", "TPU")},
    ),
    (
        "project_led_by",
        "The Stargate project, led by OpenAI and SoftBank, will build data centers in Texas.",
        {("OpenAI", "invests_in", "Stargate"), ("SoftBank", "invests_in", "Stargate")},
        set(),
    ),
    (
        "goods_bought_not_company",
        "Zeta's purchase of 10,000 Nvidia GPUs was approved, and Orbit purchased Azure "
        "credits from Microsoft.",
        set(),
        {("Zeta", "acquires", "Nvidia"), ("Orbit", "acquires", "Azure")},
    ),
    (
        "talks_but_no_deal",
        "Zeta held early talks about buying Nimbus, but no deal was reached.",
        set(),
        {("Zeta", "acquires", "Nimbus")},
    ),
    (
        "which_is_what_powers",
        "Nimbus said its model beats GPT-3.5, which is what powers the free version of ChatGPT.",
        {("ChatGPT", "uses", "GPT-3.5")},
        {("ChatGPT", "uses", "Nimbus")},
    ),
    (
        "trained_product",
        "To train ChatGPT, OpenAI used textual data sets.",
        {("OpenAI", "develops", "ChatGPT")},
        set(),
    ),
    (
        "contributed_to_the_round",
        "Halvex Robotics, a Bristol-based startup, has raised $25 million at a "
        "valuation of $180 million. Osprey Capital, Finch Ventures and Tessaly "
        "Partners each contributed to the round, according to the firm.",
        {
            ("Finch Ventures", "invests_in", "Halvex Robotics"),
            ("Osprey Capital", "invests_in", "Halvex Robotics"),
            ("Tessaly Partners", "invests_in", "Halvex Robotics"),
        },
        set(),
    ),
    (
        "last_founder_hung_on_the_verb",
        "Quorra Labs raised $80 million in May. The company was set up in 2023 by Maria Olsen "
        "(chief executive), Tom Reyes (chief scientist, previously at Google), and Lena Park "
        "(ex-Meta engineer).",
        {
            ("Quorra Labs", "founded_by", "Maria Olsen"),
            ("Quorra Labs", "founded_by", "Tom Reyes"),
            ("Quorra Labs", "founded_by", "Lena Park"),
        },
        set(),
    ),
    (
        "fund_raising_led_by",
        "Quorra Labs's fund-raising was led by venture capital fund Brightline Ventures.",
        {("Brightline Ventures", "invests_in", "Quorra Labs")},
        set(),
    ),
    (
        "round_told_back_past_a_report",
        "Nimbus Robotics is wrapping up terms for a fresh raise. The Wall Street "
        "Journal was first to report on the talks. The $45 million will be spent on "
        "research. Investment firm Kestrel Capital is expected to lead the financing.",
        {
            ("Kestrel Capital", "invests_in", "Nimbus Robotics"),
        },
        {
            ("Kestrel Capital", "invests_in", "The Wall Street Journal"),
        },
    ),
    (
        "engine_which_competes",
        "The money will go into Quorra Labs's search engine, which competes with Google "
        "Search and Microsoft Bing.",
        {
            ("Quorra Labs", "competes_with", "Google Search"),
            ("Quorra Labs", "competes_with", "Bing"),
        },
        set(),
    ),
    (
        "swapped_letters_one_name",
        "Quorra Labs raised $50 million on Monday. Quorar Labs's chatbot, which competes with "
        "Nimbus Chat, has ten million users.",
        {("Quorra Labs", "competes_with", "Nimbus Chat")},
        {("Quorar Labs", "competes_with", "Nimbus Chat")},
    ),
    (
        "her_own_startup",
        "Maria Olsen, a former Google engineer, raised $30 million for her start-up, Quorra "
        "Labs. Alphabet's robotics start-up Zorblat Robotics hired her.",
        {
            ("Quorra Labs", "founded_by", "Maria Olsen"),
            ("Zorblat Robotics", "subsidiary_of", "Alphabet"),
        },
        set(),
    ),
    (
        "title_word_before_a_name",
        "In an interview, Quorra Labs co-founder and Chief Executive Officer Maria Olsen said "
        "the company plans to use the funding to hire.",
        {("Quorra Labs", "founded_by", "Maria Olsen"), ("Maria Olsen", "leads", "Quorra Labs")},
        {("Quorra Labs", "uses", "Quorra Labs")},
    ),
    (
        "owner_of_the_first_listed_name",
        "Quorra Labs has raised $60 million in funding from Alphabet Inc.\u2019s Google, "
        "Nvidia Corp., Salesforce Inc. and other investors.",
        {
            ("Google", "subsidiary_of", "Alphabet"),
            ("Google", "invests_in", "Quorra Labs"),
            ("Nvidia", "invests_in", "Quorra Labs"),
        },
        {
            ("Nvidia", "subsidiary_of", "Alphabet"),
            ("Salesforce", "subsidiary_of", "Alphabet"),
            ("Alphabet", "invests_in", "Quorra Labs"),
        },
    ),
    (
        "adverb_participle_before_a_product",
        "OpenAI's widely-used ChatGPT now has 800 million users.",
        {("OpenAI", "develops", "ChatGPT")},
        set(),
    ),
    (
        "messaging_company_chief",
        "Quorra Labs is paying the Dubai-based messaging platform Telegram $30 million, "
        "Telegram CEO Pavel Durov said.",
        {("Telegram", "based_in", "Dubai"), ("Pavel Durov", "leads", "Telegram")},
        {("Quorra Labs", "develops", "Telegram")},
    ),
    (
        "round_not_the_outlet",
        "The Harbor News reported that Quorra Labs raised $20 million in its latest funding "
        "round. The SPV will buy Nvidia processors. In addition to Nvidia, other investors in "
        "the funding round include Brightline Ventures.",
        {
            ("Nvidia", "invests_in", "Quorra Labs"),
            ("Brightline Ventures", "invests_in", "Quorra Labs"),
        },
        {("Nvidia", "invests_in", "The Harbor News"), ("Nvidia", "invests_in", "SPV")},
    ),
    (
        "financing_led_after_a_source",
        "Quorra Labs is growing fast. Bloomberg reports that Quorra Labs has raised $20 million "
        "in its latest funding round. The financing, which includes equity and debt, was led by "
        "Brightline Ventures.",
        {("Brightline Ventures", "invests_in", "Quorra Labs")},
        {("Brightline Ventures", "invests_in", "Bloomberg")},
    ),
    (
        "compute_secured_from",
        "Quorra Labs signed an agreement to secure 2 gigawatts of computing power from Oracle.",
        {("Quorra Labs", "uses", "Oracle")},
        {("Oracle", "invests_in", "Quorra Labs")},
    ),
    (
        "bracketed_title_is_one_persons",
        "Quorra Labs was founded by Maria Olsen (CEO), Tom Reyes (Chief Product Officer), and "
        "Lena Park (CTO).",
        {("Maria Olsen", "leads", "Quorra Labs"), ("Quorra Labs", "founded_by", "Lena Park")},
        {("Tom Reyes", "leads", "Quorra Labs"), ("Lena Park", "leads", "Quorra Labs")},
    ),
    (
        "based_in_opening_its_customers",
        "Quorra Labs sells data tools. Based in Leeds, England, its customers include "
        "Unilever and Deloitte.",
        {("Quorra Labs", "based_in", "Leeds")},
        {
            ("Unilever", "based_in", "Leeds"),
            ("Deloitte", "based_in", "Leeds"),
            ("Quorra Labs", "based_in", "England"),
        },
    ),
    (
        "lineup_featuring_its_own_chip",
        "Intel revealed its latest lineup of computer chips, featuring the much-anticipated "
        "Gaudi3, an AI chip.",
        set(),
        {("Intel", "uses", "Gaudi3")},
    ),
    (
        "chain_with_upper_case_title",
        "Baidu co-founder and CEO Robin Li told analysts on Tuesday that the company would keep "
        "spending.",
        {("Baidu", "founded_by", "Robin Li"), ("Robin Li", "leads", "Baidu")},
        set(),
    ),
    (
        "founder_hung_in_the_apposition",
        "Quorra Labs was founded by Tom Reyes, a litigator at law firm Davis & Polk, and Lena "
        "Park, a scientist.",
        {("Quorra Labs", "founded_by", "Tom Reyes"), ("Quorra Labs", "founded_by", "Lena Park")},
        set(),
    ),
    (
        "inverted_participants",
        "Quorra Labs raised $5 million in a seed round. Also participating in the round was Jeff "
        "Dean, the lead of Google AI, and Mixer Labs co-founder Elad Gil.",
        {("Jeff Dean", "invests_in", "Quorra Labs"), ("Elad Gil", "invests_in", "Quorra Labs")},
        set(),
    ),
    (
        "product_named_after_a_place",
        "Then in October, Quorra Labs launched its first chatbot in China, Vega, which claims "
        "to handle long inputs.",
        {("Quorra Labs", "develops", "Vega")},
        set(),
    ),
    (
        "made_at_the_employer",
        "Tom Reyes previously developed TPU chips at Google.",
        {("Google", "develops", "TPU")},
        set(),
    ),
    (
        "post_left_earlier_in_the_story",
        "Maria Olsen has stepped down as CEO of Quorra Labs. Led by Olsen, Quorra Labs had "
        "become one of the leading AI companies.",
        set(),
        {("Maria Olsen", "leads", "Quorra Labs")},
    ),
    (
        "post_taken_up_again",
        "Maria Olsen was fired as CEO of Quorra Labs. Days later she returned as CEO of "
        "Quorra Labs.",
        {("Maria Olsen", "leads", "Quorra Labs")},
        set(),
    ),
    (
        "systems_equipped_with",
        "Korvath announced new data center systems equipped with Nvidia's Blackwell chips.",
        {("Korvath", "uses", "Blackwell")},
        set(),
    ),
    (
        "giant_is_no_startup",
        "Microsoft set up Quorra Labs in 2021 to build on the tech giant's Orion model.",
        set(),
        {("Quorra Labs", "develops", "Orion")},
    ),
    (
        "chief_of_something_else",
        "The panel was joined by Korvath's Chief Innovation Officer, Dr. Lena Park.",
        set(),
        {("Lena Park", "leads", "Korvath")},
    ),
    (
        "funding_for_her_startup",
        "Maria Olsen, former CTO of Nimbus, secures $2bn in funding for her start-up, Quorra "
        "Labs, valuing the company at $10bn. The funding round, led by Brightline Ventures "
        "with participation from Hexa Partners, underscores the stakes.",
        {
            ("Brightline Ventures", "invests_in", "Quorra Labs"),
            ("Hexa Partners", "invests_in", "Quorra Labs"),
        },
        {
            ("Brightline Ventures", "invests_in", "Nimbus"),
            ("Hexa Partners", "invests_in", "Nimbus"),
        },
    ),
    (
        "rival_owned_by_a_pronoun",
        "The models will be hosted on Amazon Web Services rather than Azure, an unusual "
        "arrangement under which Quorra Labs will pay its biggest cloud rival for access to "
        "Claude.",
        set(),
        {("Claude", "competes_with", "Quorra Labs")},
    ),
    (
        "investor_list_and_participants",
        "Quorra Labs has raised $230 million in its first funding round. The investor list "
        "includes venture firms Brightline Ventures and Hexa Partners. Chipmakers AMD and "
        "Intel also participated through their investment arms.",
        {
            ("Brightline Ventures", "invests_in", "Quorra Labs"),
            ("Hexa Partners", "invests_in", "Quorra Labs"),
            ("AMD", "invests_in", "Quorra Labs"),
            ("Intel", "invests_in", "Quorra Labs"),
        },
        set(),
    ),
    (
        "participated_after_the_round_told",
        "Pinecrest AI has secured $18 million in early funding from venture backers. "
        "Launched in 2023, Pinecrest AI makes speech tools. The round was led by "
        "Harbor Ventures. Also, Korean firms Samsung and LG participated, signalling "
        "confidence in the company.",
        {
            ("LG Electronics", "invests_in", "Pinecrest AI"),
            ("Samsung", "invests_in", "Pinecrest AI"),
        },
        set(),
    ),
    (
        "co_leading_inverted",
        "Quorra Labs raised $1 billion in a Series B round. Co-leading the round are "
        "e-commerce giant Alibaba and Hexa Partners, according to local reports.",
        {("Alibaba", "invests_in", "Quorra Labs"), ("Hexa Partners", "invests_in", "Quorra Labs")},
        set(),
    ),
    (
        "participated_by_passive",
        "Halvex raised $210 million in March. That round was led by Pinecrest "
        "Capital, and was also participated by Osprey Ventures and Finch Partners, "
        "along with other funds.",
        {
            ("Finch Partners", "invests_in", "Halvex"),
            ("Osprey Ventures", "invests_in", "Halvex"),
            ("Pinecrest Capital", "invests_in", "Halvex"),
        },
        set(),
    ),
    (
        "former_chain_of_titles",
        '"We did well," said Maria Olsen, former Co-Founder and CEO of Quorra Labs. Tom '
        "Reyes, the former chairman and CEO of Nimbus, also spoke.",
        {("Quorra Labs", "founded_by", "Maria Olsen")},
        {("Maria Olsen", "leads", "Quorra Labs"), ("Tom Reyes", "leads", "Nimbus")},
    ),
    (
        "owner_and_its_partners_listed",
        "The new laptops, from both Nimbus and its OEM partners Acer, Dell, Lenovo, and "
        "Samsung, promise long battery life.",
        {
            ("Nimbus", "partners_with", "Acer"),
            ("Nimbus", "partners_with", "Dell"),
            ("Nimbus", "partners_with", "Samsung"),
        },
        {("Acer", "partners_with", "Dell"), ("Dell", "partners_with", "Lenovo")},
    ),
    (
        "tickers_after_a_curly_possessive",
        "Alphabet Inc.\u2018s GOOGL GOOG subsidiary Waymo and Toyota Motor Corp TM have announced "
        "an agreement to explore collaboration on autonomous driving.",
        {("Waymo", "subsidiary_of", "Alphabet")},
        {
            ("Waymo", "subsidiary_of", "GOOGL GOOG"),
            ("Toyota", "subsidiary_of", "Alphabet"),
            ("Toyota", "subsidiary_of", "GOOGL GOOG"),
        },
    ),
    (
        "chief_of_a_part_of_the_company",
        '"The industry is changing," said Tom Reyes, CEO of Korvath manufacturing. Lena Park, '
        "who is chief executive officer of Hexa's direct investments platform, spoke too.",
        set(),
        {("Tom Reyes", "leads", "Korvath"), ("Lena Park", "leads", "Hexa")},
    ),
    (
        "post_held_before",
        "Maria Olsen joined Nimbus in June, after leading Quorra Labs for nine years.",
        set(),
        {("Maria Olsen", "leads", "Quorra Labs")},
    ),
    (
        "whose_decision_to_partner",
        "Korvath has benefited from Quorra Labs's decision to partner with Nimbus.",
        {("Quorra Labs", "partners_with", "Nimbus")},
        {("Korvath", "partners_with", "Nimbus")},
    ),
    (
        "outlet_in_no_pair",
        "The deal was unveiled during the prince's visit to Washington, where several "
        "strategic agreements with Quorra Labs were concluded, the Saudi Press Agency said of "
        "the partnership.",
        set(),
        {("Quorra Labs", "partners_with", "Saudi Press Agency")},
    ),
    (
        "left_to_join_a_rival",
        "Tom Reyes, one of the co-founders of Nimbus, has left the company to join its "
        "competitor, Quorra Labs.",
        {("Quorra Labs", "competes_with", "Nimbus")},
        set(),
    ),
    (
        "owner_of_publications",
        "Nimbus partnered with media company Korvath Media, owner of publications like the "
        "Daily Ledger.",
        {("Daily Ledger", "subsidiary_of", "Korvath Media")},
        set(),
    ),
    (
        "customers_of_a_product",
        "Pinecrest AI, one of Microsoft's largest Azure clients, is asking for extra servers.",
        {
            ("Pinecrest AI", "uses", "Azure"),
        },
        {
            ("Pinecrest AI", "uses", "Microsoft"),
        },
    ),
    (
        "signed_partners_listed",
        "Quorra Labs has signed several new partners, including Nimbus and Korvath.",
        {("Quorra Labs", "partners_with", "Nimbus"), ("Quorra Labs", "partners_with", "Korvath")},
        {("Nimbus", "partners_with", "Korvath")},
    ),
    (
        "fiscal_period_no_name",
        "The AI company said Quorra Cloud is set for a Q1 FY25 launch.",
        set(),
        {("Quorra Cloud", "develops", "Q1 FY25")},
    ),
    (
        "product_name_after_its_noun",
        "Zeta recently updated its 7B parameter language model Zorro 2, which now reads "
        "longer documents.",
        {("Zeta", "develops", "Zorro 2")},
        set(),
    ),
    (
        "company_name_ending_in_country",
        "Nimbus Labs struck a cooperation deal with Bell Canada after months of talks.",
        {("Nimbus Labs", "partners_with", "Bell Canada")},
        set(),
    ),
    (
        "broken_subject_list_partnership",
        "Acme Robotics, Zeta Compute, Halvex Systems, Orvane Labs and Cisco announced a "
        "partnership to develop a new compute cluster in Chile.",
        {
            ("Acme Robotics", "partners_with", "Zeta Compute"),
            ("Acme Robotics", "partners_with", "Cisco"),
            ("Halvex Systems", "partners_with", "Orvane Labs"),
            ("Zeta Compute", "partners_with", "Cisco"),
        },
        set(),
    ),
    (
        "previously_confirmed_partnership",
        "Oracle has previously confirmed partnerships with Meta and several smaller model labs.",
        {("Oracle", "partners_with", "Meta")},
        set(),
    ),
    (
        "subject_list_after_opening_phrase",
        "In a landmark step for machine learning and international trade, G42, Mistral, "
        "Cohere, AMD, Samsung, and Dell announced their partnership to build a campus in "
        "Kenya.",
        {
            ("G42", "partners_with", "Mistral AI"),
            ("G42", "partners_with", "Dell"),
            ("Cohere", "partners_with", "AMD"),
            ("Samsung", "partners_with", "Dell"),
        },
        set(),
    ),
    (
        "nationality_hyphen_word_no_name",
        "A fund acquired Orvane's Russian-language chatbot last year.",
        set(),
        {("Orvane", "develops", "Russian-language")},
    ),
    (
        "particle_rest_of_known_name",
        "Orvane Labs will be chaired by the royal adviser Sheikh Tahnoon bin "
        "Zayed al-Nahyan, its largest backer said.",
        {("Sheikh Tahnoon bin Zayed Al Nahyan", "leads", "Orvane Labs")},
        {
            ("bin Zayed al-Nahyan", "leads", "Orvane Labs"),
            ("Zayed al-Nahyan", "leads", "Orvane Labs"),
        },
    ),
    (
        "pair_supply_agreement",
        "Quillmark and AMD have signed a multiyear supply and equity agreement.",
        {("Quillmark", "uses", "AMD")},
        {("AMD", "uses", "Quillmark")},
    ),
    (
        "plus_new_investors_named",
        "Halvex raised $40 million in a round led by Redwood Partners, with participation "
        "from Kestrel Capital, plus new investors Evantic and Hedosophia.",
        {
            ("Evantic", "invests_in", "Halvex"),
            ("Hedosophia", "invests_in", "Halvex"),
            ("Kestrel Capital", "invests_in", "Halvex"),
        },
        set(),
    ),
    (
        "family_then_member_chip",
        "Orvane's new accelerator aims to undercut Nvidia's Blackwell B200 on price.",
        {("Nvidia", "develops", "B200")},
        {("Nvidia", "develops", "Blackwell")},
    ),
    (
        "chip_variant_digits_letter",
        "Huawei is developing the Ascend 920C chip for its data centres.",
        {("Huawei", "develops", "Ascend 920C")},
        {("Huawei", "develops", "920C")},
    ),
    (
        "model_named_after_other_company",
        "Zeta's new model beats lightweight rivals like Google's Gemma 3, Gemini 2.0 "
        "Flash-Lite, and Mistral 3.1 on most tests.",
        {("Google", "develops", "Gemma 3"), ("Google", "develops", "Gemini 2.0 Flash-Lite")},
        {
            ("Google", "develops", "Mistral 3.1"),
            ("Mistral AI", "subsidiary_of", "Google"),
            ("Google", "develops", "Gemini 2.0 Flash"),
        },
    ),
    (
        "bracket_describes_one_listed_name",
        "The round is led by GV, with participation from previous investors including Kestrel "
        "Capital, Accel, NEA, Zenith Ventures (Orvane's venture arm), Blue Fin Capital and "
        "Tallis Growth.",
        {("Zenith Ventures", "subsidiary_of", "Orvane")},
        {
            ("Blue Fin Capital", "subsidiary_of", "Orvane"),
            ("Kestrel Capital", "subsidiary_of", "Orvane"),
        },
    ),
    (
        "nationality_ai_no_name",
        "Halvex is less about yet another unicorn and more about what a mature European AI "
        "company can look like. Halvex plans to invest further in its platform and in new AI "
        "agents.",
        set(),
        {("Halvex", "invests_in", "European AI")},
    ),
    (
        "according_to_then_raiser",
        "The week in funding\nAccording to TechCrunch, London-based Quillmark has raised a "
        "$120 million Series C round that values the company at $2 billion, up from $900 "
        "million last year. The round is led by existing backer Redwood Partners (RP), with "
        "participation from previous investors including Kestrel Capital, Accel, Zenith "
        "Ventures (Orvane's venture arm) and Tallis Growth.",
        {
            ("Kestrel Capital", "invests_in", "Quillmark"),
            ("Tallis Growth", "invests_in", "Quillmark"),
            ("Zenith Ventures", "subsidiary_of", "Orvane"),
        },
        {("Accel", "subsidiary_of", "Orvane")},
    ),
    (
        "place_led_fund_name",
        "Shengtai Labs raised $50 million in a round led by Redwood Partners, with "
        "participation from the China Internet Investment Fund.",
        {("China Internet Investment Fund", "invests_in", "Shengtai Labs")},
        {("Internet Investment Fund", "invests_in", "Shengtai Labs")},
    ),
    (
        "company_products_group",
        "Holthaus was named CEO of Intel Products, a group that includes the company's Client "
        "Computing Group.",
        {("Client Computing Group", "subsidiary_of", "Intel Products")},
        {("Client Computing Group", "subsidiary_of", "Products")},
    ),
    (
        "concept_words_no_names",
        "Halvex's next frontier is Physical AI, its chief said. Orvane was spun off from "
        "Halvex's R&D unit eight years ago.",
        set(),
        {("Physical AI", "subsidiary_of", "Halvex"), ("R&D", "subsidiary_of", "Halvex")},
    ),
    (
        "outlet_has_learned",
        "Quillmark has just paid over $900 million to hire Brinmoor CEO Ada Park and other "
        "staff at the chip startup, and to license the company's technology, CNBC has "
        "learned.",
        set(),
        {("CNBC", "partners_with", "Brinmoor")},
    ),
    (
        "co_plaintiffs_no_partners",
        "Disney, Universal and Warner Bros Discovery have jointly filed a lawsuit against "
        "Orvane over its video app.",
        set(),
        {
            ("Disney", "partners_with", "Universal Studios"),
            ("Disney", "partners_with", "Warner Bros. Discovery"),
        },
    ),
    (
        "round_leader_no_company",
        "The suit follows Halvex's jump in valuation to $9 billion during a funding round led "
        "by Redwood Partners. Investors in earlier rounds included Kestrel Capital and "
        "Nvidia.",
        {("Kestrel Capital", "invests_in", "Halvex"), ("Nvidia", "invests_in", "Halvex")},
        {("Kestrel Capital", "invests_in", "Redwood Partners")},
    ),
    (
        "attracted_round",
        "Orbit lately attracted $41 million in Series C funding. Returning backers "
        "Pinecrest Capital and Finch Partners joined again, while Harmon Investment "
        "and Cedar Ventures came in as new backers.",
        {
            ("Cedar Ventures", "invests_in", "Orbit"),
            ("Harmon Investment", "invests_in", "Orbit"),
        },
        {
            ("Harmon Investment", "invests_in", "Pinecrest Capital"),
        },
    ),
    (
        "subject_title_company",
        "Amazon hired the founders of Brinmoor Robotics. Amazon will also license Brinmoor "
        "Robotics' models. Brinmoor Robotics' current COO, Ted Stinson, will become CEO of "
        "the company.",
        {("Ted Stinson", "leads", "Brinmoor Robotics")},
        {("Ted Stinson", "leads", "Amazon")},
    ),
    (
        "startup_founder_no_company",
        "Amazon hired Dana Cole last year to run its devices unit. Cole said she would stay "
        "through the end of 2025 before returning to her roots as a startup founder.",
        set(),
        {("Amazon", "founded_by", "Dana Cole")},
    ),
    (
        "outlet_never_topic",
        "The Information has written about the startup for years. Investors include Kestrel "
        "Capital and Accel.",
        set(),
        {
            ("Kestrel Capital", "invests_in", "The Information"),
            ("Accel", "invests_in", "The Information"),
        },
    ),
    (
        "investors_of_possessor",
        "Brinmoor Robotics has agreed to merge with Tallis Labs. Tallis Labs' shareholders "
        "include the telecom company SK Telecom and the chipmaker SK Hynix.",
        {("SK Telecom", "invests_in", "Tallis Labs")},
        {("SK Telecom", "invests_in", "Brinmoor Robotics")},
    ),
    (
        "deal_to_deploy_accelerators",
        "The startup Vextra struck a seven-year agreement with Broadcom to jointly "
        "design and deploy 4 gigawatts of bespoke AI chips.",
        {
            ("Vextra", "partners_with", "Broadcom"),
            ("Vextra", "uses", "Broadcom"),
        },
        set(),
    ),
    (
        "entered_into_compute_agreement",
        "Tessaly has entered into a five-year pact with the chip designer Cerebras, "
        "worth roughly $3 billion, to obtain as much as 200 megawatts of compute.",
        {
            ("Tessaly", "uses", "Cerebras"),
        },
        {
            ("Cerebras", "uses", "Tessaly"),
        },
    ),
    (
        "has_priced_deal_with_seller",
        "Quillmark also has a $22 billion deal with CoreWeave, its filing shows.",
        {("Quillmark", "uses", "CoreWeave")},
        set(),
    ),
    (
        "develop_purpose_no_supply",
        "Halvex Labs has struck a $2 billion agreement with Zentrix and Statkraft to "
        "develop compute capacity in Finland.",
        set(),
        {
            ("Halvex Labs", "uses", "Statkraft"),
            ("Statkraft", "uses", "Halvex Labs"),
            ("Zentrix", "uses", "Halvex Labs"),
        },
    ),
    (
        "drive_product_names",
        "Zentrix Motors will use DRIVE Thor in its next electric cars, while Orvane Motors picked "
        "NVIDIA's DRIVE AGX platform.",
        {("Zentrix Motors", "uses", "DRIVE Thor"), ("Nvidia", "develops", "DRIVE AGX")},
        {("Zentrix Motors", "uses", "Thor")},
    ),
    (
        "market_share_no_stake",
        "Quillon and Tessaly jointly control roughly 45% of the worldwide NAND market "
        "and close to 70% of the HBM segment.",
        set(),
        {
            ("Quillon", "invests_in", "HBM"),
            ("Tessaly", "invests_in", "HBM"),
        },
    ),
    (
        "hyphened_vice_president",
        "Dana Cole, vice-president of Orvane Labs, spoke at the event.",
        set(),
        {("Dana Cole", "leads", "Orvane Labs")},
    ),
    (
        "hyphened_given_name",
        "Altman met Kakao CEO Chung Shin-a in Seoul on Tuesday.",
        {("Chung Shin-a", "leads", "Kakao")},
        {("Chung Shin", "leads", "Kakao")},
    ),
    (
        "institution_name_with_and",
        "Taiwan's National Science and Technology Council will allocate the cluster's "
        "computing power to researchers.",
        {("National Science and Technology Council", "based_in", "Taiwan")},
        {("Technology Council", "based_in", "Taiwan")},
    ),
    (
        "founder_at_company",
        "Dana Cole, co-founder and Chief Product Officer at Zentrix, spoke at the event.",
        {("Zentrix", "founded_by", "Dana Cole")},
        set(),
    ),
    (
        "abbreviated_state_based",
        "Emeryville, Calif.-based Zentrix, founded in 2017, builds warehouse robots.",
        {("Zentrix", "based_in", "Emeryville")},
        set(),
    ),
    (
        "kind_noun_before_name",
        "Chipmaker Zentrix signed a deal with Orvane Labs on Monday.",
        {("Zentrix", "partners_with", "Orvane Labs")},
        {("Chipmaker Zentrix", "partners_with", "Orvane Labs")},
    ),
    (
        "secures_deals_with_list",
        "Uber secures deals with several AV firms, including Zentrix, Halvex Robotics, and "
        "Brinmoor Labs.",
        {("Uber", "partners_with", "Zentrix"), ("Uber", "partners_with", "Brinmoor Labs")},
        {("Uber", "partners_with", "AV")},
    ),
    (
        "stranded_with_object",
        "Orvane Motors has signed a strategic agreement with Chinese autonomous vehicle "
        "company Pony.ai to develop and test driverless vans across Spain.",
        {("Orvane Motors", "partners_with", "Pony.ai")},
        set(),
    ),
    (
        "stepping_down_later_holds_post",
        "Dana Cole said on Monday that she would step down after five years as CEO of "
        "Zentrix. Omar Haddad stepped down last year after four years as CEO of Halvex.",
        {("Dana Cole", "leads", "Zentrix")},
        {("Omar Haddad", "leads", "Halvex")},
    ),
    (
        "rivals_of_clause_above",
        "Zentrix is restructuring its teams as competition heats up with rivals like Google "
        "DeepMind, Anthropic and Amazon.",
        {("Zentrix", "competes_with", "Anthropic"), ("Zentrix", "competes_with", "Amazon")},
        set(),
    ),
    (
        "separate_joint_ventures",
        "A source said Zentrix Labs hoped to place chip orders in 2031 and intended "
        "to set up joint ventures with SK Hynix and Samsung for building server "
        "farms.",
        {
            ("Zentrix Labs", "partners_with", "Samsung"),
        },
        {
            ("Samsung", "partners_with", "SK Hynix"),
        },
    ),
    (
        "manufacturing_deal_no_seller",
        "Orvane Motors has signed a $9 billion contract with Samsung to make its self-driving "
        "chips in Korea.",
        {("Orvane Motors", "uses", "Samsung")},
        {("Samsung", "uses", "Orvane Motors")},
    ),
    (
        "foundry_is_a_company",
        "Quillmark has signed a deal with Brinmoor Foundry. Intel Foundry will also make "
        "chips for Quillmark.",
        {
            ("Quillmark", "partners_with", "Brinmoor Foundry"),
            ("Quillmark", "uses", "Intel Foundry"),
        },
        {("Quillmark", "partners_with", "Azure AI Foundry")},
    ),
    (
        "hyphened_investor_name",
        "Orvane Labs counts In-Q-Tel among its investors.",
        {("In-Q-Tel", "invests_in", "Orvane Labs")},
        {("Q-Tel", "invests_in", "Orvane Labs")},
    ),
    (
        "platform_channel_not_product",
        "A video posted to Zentrix's YouTube channel shows its robot at work.",
        set(),
        {("Zentrix", "develops", "YouTube")},
    ),
    (
        "western_is_no_name",
        "It is the first time Orvane Labs has partnered with a major Western carmaker.",
        set(),
        {("Orvane Labs", "partners_with", "Western")},
    ),
    (
        "ev_is_no_name",
        "Zentrix Motors will use Nvidia's DRIVE Thor to power its next-gen EV fleet.",
        {("Zentrix Motors", "uses", "DRIVE Thor")},
        {("EV", "uses", "DRIVE Thor")},
    ),
    (
        "telekom_alias",
        "Telekom provides cloud services in partnership with Google Cloud.",
        {("Deutsche Telekom", "partners_with", "Google Cloud")},
        {("Telekom", "partners_with", "Google Cloud")},
    ),
    (
        "described_group_no_company",
        "Orvane Labs raised money last year. Moreover, the venture capital firms that are "
        "located in the US largely finance the company.",
        set(),
        {
            ("Orvane Labs", "based_in", "United States"),
            ("Orvane Labs", "invests_in", "Orvane Labs"),
        },
    ),
    (
        "bracketed_common_abbreviation",
        "Orvane Labs agreed to buy Halvex, a Poland-based customer relationship management "
        "(CRM) provider, for $2 billion.",
        {("Orvane Labs", "acquires", "Halvex"), ("Halvex", "based_in", "Poland")},
        {("customer relationship management", "based_in", "Poland"), ("CRM", "based_in", "Poland")},
    ),
    (
        "title_chain_after_opening_phrase",
        "After showing the new chip, NVIDIA CEO and founder Jensen Huang called it a giant leap.",
        {("Jensen Huang", "leads", "Nvidia"), ("Nvidia", "founded_by", "Jensen Huang")},
        set(),
    ),
    (
        "maker_for_owner_no_developer",
        "Samsung now makes Zentrix's AI4 chip, the chief said.",
        {("Zentrix", "develops", "AI4"), ("Zentrix", "uses", "Samsung")},
        {("Samsung", "develops", "AI4")},
    ),
    (
        "device_description_names_the_last_device",
        "Apple unveiled the iPhone 16 on Monday. Google launched the Pixel 9 a week later. The "
        "phone is powered by Gemini Nano.",
        {("Pixel 9", "uses", "Gemini Nano")},
        {("iPhone 16", "uses", "Gemini Nano")},
    ),
    (
        "plural_devices_name_no_device",
        "Apple released the iPhone 16 in March. At the fair, the new laptops running on "
        "Qualcomm chips were on display.",
        set(),
        {("iPhone 16", "uses", "Qualcomm")},
    ),
    (
        "co_investors_jointly_participating_are_no_partners",
        "In May, Norvik Ventures, Tessaly Capital and Orbit Labs jointly participated in "
        "Quillmark AI's $80 million round. Norvik Ventures and Tessaly Capital will jointly "
        "develop chips.",
        {
            ("Orbit Labs", "invests_in", "Quillmark AI"),
            ("Norvik Ventures", "partners_with", "Tessaly Capital"),
        },
        {
            ("Norvik Ventures", "partners_with", "Orbit Labs"),
            ("Tessaly Capital", "partners_with", "Orbit Labs"),
        },
    ),
    (
        "listed_partners_of_an_unnamed_owner",
        "Its manufacturing partners include GlobalFoundries, TSMC and Samsung. The alliance "
        "includes Microsoft, Oracle and Nvidia.",
        {("Microsoft", "partners_with", "Oracle")},
        {("GlobalFoundries", "partners_with", "TSMC"), ("TSMC", "partners_with", "Samsung")},
    ),
    (
        "a_known_name_with_a_designator_is_a_company_of_its_own",
        "Samsung Securities has invested $70 million in Tessaly Labs. The venture is a "
        "collaboration with Aramco Digital, a new division of the oil producer.",
        {("Samsung Securities", "invests_in", "Tessaly Labs")},
        {
            ("Securities", "invests_in", "Tessaly Labs"),
            ("Saudi Aramco", "partners_with", "Digital"),
        },
    ),
    (
        "an_owners_event_is_no_product",
        "The deal was announced during Snowflake's 2024 Summit conference. Quillmark was one "
        "of Fierce Healthcare's Fierce 15 honorees.",
        set(),
        {("Snowflake", "develops", "2024 Summit"), ("Fierce Healthcare", "develops", "Fierce 15")},
    ),
    (
        "a_title_between_a_company_and_a_person",
        "Backers such as Lena Ortiz, Halden CEO Omar Reyes, Brixo co-founder Ana Ruiz "
        "and Quorra co-founder Luis Vega took part as well.",
        {
            ("Brixo", "founded_by", "Ana Ruiz"),
            ("Quorra", "founded_by", "Luis Vega"),
            ("Omar Reyes", "leads", "Halden"),
        },
        {("Brixo", "founded_by", "Luis Vega")},
    ),
    (
        "a_chief_scientist_leads_nothing",
        "Kestrel Labs was co-founded by former Google chief scientist Ana Ruiz.",
        {
            ("Kestrel Labs", "founded_by", "Ana Ruiz"),
        },
        {
            ("Ana Ruiz", "leads", "Google"),
        },
    ),
    (
        "a_round_announced_with_its_investors",
        "Quillmark AI announced a $120 million Series C at a $2 billion valuation, led by "
        "Accel, with participation from Coatue, Spark Capital and angel investors including "
        "Dana Reyes and Omar Haddad.",
        {
            ("Accel", "invests_in", "Quillmark AI"),
            ("Coatue", "invests_in", "Quillmark AI"),
            ("Spark Capital", "invests_in", "Quillmark AI"),
            ("Dana Reyes", "invests_in", "Quillmark AI"),
            ("Omar Haddad", "invests_in", "Quillmark AI"),
        },
        set(),
    ),
    (
        "a_series_letter_ends_a_sentence",
        "Tessaly Labs raised $30 million in a Series B. Accel led the round, and existing "
        "investors joined the round including Coatue and Spark Capital.",
        {
            ("Accel", "invests_in", "Tessaly Labs"),
            ("Coatue", "invests_in", "Tessaly Labs"),
            ("Spark Capital", "invests_in", "Tessaly Labs"),
        },
        {("Tessaly Labs", "invests_in", "Accel")},
    ),
    (
        "backers_listed_with_what_they_are",
        "Tessaly Labs's early backers included Gulf investor Mubadala and London-based fund "
        "manager Baillie Gifford.",
        {
            ("Mubadala", "invests_in", "Tessaly Labs"),
            ("Baillie Gifford", "invests_in", "Tessaly Labs"),
        },
        {("Gulf", "invests_in", "Tessaly Labs")},
    ),
    (
        "a_leader_named_before_the_round_is_no_investor",
        "Orbit AI, a startup led by chief executive Dana Reyes, raised $20 million in a round "
        "led by Accel, with Nvidia and Mira Chen also taking part. Humane counted backers "
        "such as Salesforce chief executive Marc Benioff.",
        {("Accel", "invests_in", "Orbit AI"), ("Mira Chen", "invests_in", "Orbit AI")},
        {("Dana Reyes", "invests_in", "Orbit AI"), ("Salesforce", "invests_in", "Humane")},
    ),
    (
        "the_accusers_in_a_lawsuit_sue",
        "The ruling follows a 2023 lawsuit in which three publishers, Norvik Press, Halden "
        "Books and Orrin House, accused Quillmark AI and another startup, Tessaly Labs, of "
        "copying their catalogues.",
        {("Norvik Press", "sues", "Quillmark AI"), ("Orrin House", "sues", "Tessaly Labs")},
        set(),
    ),
    (
        "chips_secured_from_a_cloud_are_no_investment",
        "Krutrim secured 2,000 Nvidia H200 GPUs from Lambda.",
        {("Krutrim", "uses", "Lambda")},
        {("Lambda", "invests_in", "Krutrim")},
    ),
    (
        "a_list_of_owned_models_read_as_one_phrase",
        "Perplexity relies on several models, including OpenAI's GPT-4o, Anthropic's Claude "
        "3.5 Sonnet and Google's Gemini 1.5 Pro.",
        {
            ("Perplexity", "uses", "GPT-4o"),
            ("Perplexity", "uses", "Gemini 1.5 Pro"),
            ("OpenAI", "develops", "GPT-4o"),
        },
        set(),
    ),
    (
        "a_failed_attempt_to_acquire",
        "The move follows Lumora's failed attempt to acquire Tessaly Labs, a startup founded "
        "by Dana Reyes.",
        {("Tessaly Labs", "founded_by", "Dana Reyes")},
        {("Lumora", "acquires", "Tessaly Labs")},
    ),
    (
        "a_listed_owners_unnamed_chatbot",
        "Several European labs ship their own systems, including Vextra's Aurora, "
        "Quillon's Nimbus-3, Halvex's assistant, and Tessaly's Corvid. Training data "
        "is key for tools like Gemini or Google's Gemma models.",
        {
            ("Google", "develops", "Gemma"),
            ("Quillon", "develops", "Nimbus-3"),
        },
        {
            ("Halvex", "develops", "Nimbus-3"),
        },
    ),
    (
        "competitors_like_named_without_an_owner",
        "Meta stayed quiet while competitors like Apple, Google and Amazon inked large chip deals.",
        {
            ("Amazon", "competes_with", "Meta"),
            ("Apple", "competes_with", "Meta"),
        },
        set(),
    ),
    (
        "a_name_as_an_answer_to_rivals",
        "The reshuffle shows the weight of Gemini as Google's answer to OpenAI's ChatGPT and "
        "Microsoft's Copilot. Mistral's launch of Le Chat is part of its plan to compete with "
        "heavyweights such as OpenAI's ChatGPT and Anthropic's Claude.",
        {
            ("Gemini", "competes_with", "ChatGPT"),
            ("Gemini", "competes_with", "Copilot"),
            ("Mistral AI", "competes_with", "ChatGPT"),
        },
        {("Mistral AI", "competes_with", "Anthropic")},
    ),
    (
        "a_verb_read_as_a_noun_with_the_parties_around_it",
        "CoreWeave supplies computing power to Microsoft.",
        {("Microsoft", "uses", "CoreWeave")},
        set(),
    ),
    (
        "a_name_read_as_the_verbs_compound",
        "xAI rents Nvidia GPUs from Oracle.",
        {("xAI", "uses", "Oracle")},
        {("Nvidia", "uses", "Oracle")},
    ),
    (
        "chips_secured_in_a_misread_sentence",
        "xAI secures Nvidia GPUs from Oracle.",
        {("xAI", "uses", "Oracle")},
        {("Oracle", "invests_in", "xAI")},
    ),
    (
        "a_phrasal_buy_of_a_name_read_as_punctuation",
        "Databricks snapped up MosaicML last year.",
        {("Databricks", "acquires", "MosaicML")},
        set(),
    ),
    (
        "an_owned_name_before_a_misread_verb",
        "Google's Gemini competes directly with OpenAI's ChatGPT.",
        {("Google", "develops", "Gemini"), ("Gemini", "competes_with", "ChatGPT")},
        set(),
    ),
    (
        "a_post_held_then",
        "Nat Friedman led GitHub as CEO after its sale to Microsoft. Satya Nadella has led "
        "Microsoft as CEO since 2014.",
        {("Satya Nadella", "leads", "Microsoft")},
        {("Nat Friedman", "leads", "GitHub")},
    ),
    (
        "part_owned_and_money_spent_on_a_company",
        "Dana Reyes runs investment firm Halvex, which will now be partly owned by "
        "Zentrix. Quillon has committed to triple its investment in Google's data "
        "center capacity.",
        {
            ("Zentrix", "invests_in", "Halvex"),
        },
        {
            ("Halvex", "subsidiary_of", "Zentrix"),
            ("Quillon", "invests_in", "Google"),
        },
    ),
    (
        "a_function_overseen_is_no_company_led",
        "Dana Reyes brings experience from Stripe, where she oversaw engineering for the "
        "payments giant's global operations.",
        set(),
        {("Dana Reyes", "leads", "Stripe")},
    ),
    (
        "a_name_powered_by_another",
        "Khan Academy offers a GPT-4-powered tutor called Khanmigo. Bing Chat is an "
        "OpenAI-powered chatbot. Microsoft will expand its Azure-powered AI platform.",
        {("Khanmigo", "uses", "GPT-4")},
        {("Microsoft", "uses", "Azure")},
    ),
    (
        "a_model_available_through_a_cloud",
        "Cohere's Command R models are now available through Amazon Bedrock.",
        {("Amazon Bedrock", "integrates", "Command R")},
        set(),
    ),
    (
        "companies_working_together",
        "Nvidia and Foxconn are building an AI factory together. The analysts put together a "
        "list of Nvidia and AMD chips. The new division will combine Quillmark AI and Tessaly "
        "Labs teams together.",
        {("Nvidia", "partners_with", "Foxconn")},
        {("Nvidia", "partners_with", "AMD"), ("Quillmark AI", "partners_with", "Tessaly Labs")},
    ),
    (
        "the_parent_company_of_a_unit",
        "Alphabet, the parent company of Google, reported earnings.",
        {("Google", "subsidiary_of", "Alphabet")},
        set(),
    ),
    (
        "an_investors_portfolio_lists_its_holdings",
        "Norvik Ventures's portfolio includes Coinbase, Figma and Perplexity. Google's "
        "products include Gemini.",
        {
            ("Norvik Ventures", "invests_in", "Figma"),
            ("Norvik Ventures", "invests_in", "Perplexity"),
            ("Google", "develops", "Gemini"),
        },
        set(),
    ),
    (
        "a_cofounder_along_with_is_no_investor",
        "Quillmark AI raised $20 million in a round led by Accel. Quillmark AI was founded by "
        "Dana Reyes and Mira Chen, along with Omar Haddad.",
        {("Accel", "invests_in", "Quillmark AI")},
        {("Omar Haddad", "invests_in", "Quillmark AI")},
    ),
    (
        "bare_customers_include",
        "Lumora sells software to hospitals. Customers include Mayo Clinic and Kaiser Permanente.",
        {("Mayo Clinic", "uses", "Lumora"), ("Kaiser Permanente", "uses", "Lumora")},
        set(),
    ),
    (
        "owned_suppliers_include",
        "Lumora builds data centers. Its suppliers include Nvidia and AMD.",
        {("Lumora", "uses", "Nvidia"), ("Lumora", "uses", "AMD")},
        {("Nvidia", "uses", "Lumora")},
    ),
    (
        "joined_existing_investors",
        "Lumora raised $50 million from Zeta Ventures. They joined existing investors Nimbus "
        "Capital and Orion Partners.",
        {
            ("Zeta Ventures", "invests_in", "Lumora"),
            ("Nimbus Capital", "invests_in", "Lumora"),
            ("Orion Partners", "invests_in", "Lumora"),
        },
        set(),
    ),
    (
        "investors_joined_including",
        "Lumora raised $50 million. Zeta Ventures led the round, and new and existing "
        "investors joined, including Nimbus Capital, Orion Partners and Helio Fund.",
        {
            ("Nimbus Capital", "invests_in", "Lumora"),
            ("Orion Partners", "invests_in", "Lumora"),
            ("Helio Fund", "invests_in", "Lumora"),
        },
        set(),
    ),
    (
        "round_comprised_after_led_by",
        "Lumora raised $50 million. Led by Zeta Ventures, the financing round comprised "
        "Nimbus Capital, Orion Partners, and Helio Fund.",
        {("Nimbus Capital", "invests_in", "Lumora"), ("Helio Fund", "invests_in", "Lumora")},
        set(),
    ),
    (
        "followers_only_right_after_a_round",
        "Lumora raised $50 million from Zeta Ventures. Revenue tripled last year. Other "
        "investors Nimbus Capital and Orion Partners backed a rival.",
        set(),
        {("Nimbus Capital", "invests_in", "Lumora")},
    ),
    (
        "misread_plural_root_runs_on",
        "Lumora's assistant runs on Azure.",
        {("Lumora", "uses", "Azure")},
        set(),
    ),
    (
        "deal_for_capacity_from_seller",
        "Lumora signed a $10 billion deal for computing capacity from Oracle.",
        {("Lumora", "uses", "Oracle")},
        {("Oracle", "uses", "Lumora")},
    ),
    (
        "plural_apposition_describes_the_whole_list",
        "Dana Reyes and Omar Farouk, the co-founders of Quillmark, said the money will fund "
        "hiring.",
        {("Quillmark", "founded_by", "Dana Reyes"), ("Quillmark", "founded_by", "Omar Farouk")},
        set(),
    ),
    (
        "along_with_co_subject",
        "Sequoia, along with Accel, invested in Quillmark.",
        {("Sequoia Capital", "invests_in", "Quillmark"), ("Accel", "invests_in", "Quillmark")},
        set(),
    ),
    (
        "together_with_co_founders",
        "Dana Reyes, together with co-founders Omar Farouk and Lina Park, started Quillmark "
        "in 2021.",
        {("Quillmark", "founded_by", "Omar Farouk"), ("Quillmark", "founded_by", "Lina Park")},
        set(),
    ),
    (
        "along_with_its_ceo_is_no_partner",
        "Microsoft, along with its CEO Satya Nadella, announced a partnership with Quillmark.",
        {("Microsoft", "partners_with", "Quillmark")},
        {("Satya Nadella", "partners_with", "Quillmark")},
    ),
    (
        "title_run_joined_by_and",
        "Nimbus President and Chief Research Officer Dana Reyes told reporters the deal was done.",
        {("Dana Reyes", "leads", "Nimbus")},
        set(),
    ),
    (
        "abbreviated_title_ends_no_name",
        "Nimbus CTO and co-founder Dana Reyes spoke at the event.",
        {("Nimbus", "founded_by", "Dana Reyes")},
        {("Dana Reyes", "leads", "Nimbus")},
    ),
    (
        "acquirer_of_apposition",
        "Lumora, the acquirer of Nimbus, raised money.",
        {("Lumora", "acquires", "Nimbus")},
        set(),
    ),
    (
        "backers_list_with_several_qualifiers",
        "Nimbus raised $20 million with participation from Zeta Ventures as well as other "
        "major backers including Tencent and IDG Capital.",
        {("Tencent", "invests_in", "Nimbus"), ("IDG Capital", "invests_in", "Nimbus")},
        set(),
    ),
    (
        "participation_from_makes_nothing",
        "Nimbus raised $20 million with participation from Zeta as well as other major "
        "backers including Orion and Helio Capital.",
        set(),
        {("Zeta", "develops", "Orion")},
    ),
    (
        "hyphenated_backer_before_name",
        "Nvidia-backer Magnetar Capital raised a new fund.",
        {("Magnetar Capital", "invests_in", "Nvidia")},
        set(),
    ),
    (
        "regulator_is_no_partner",
        "A spokesperson for Quillmark said it would cooperate with the Competition and "
        "Markets Authority.",
        set(),
        {("Quillmark", "partners_with", "Competition and Markets Authority")},
    ),
    (
        "legal_form_alone_is_no_name",
        "Inspectors visited Meta's Italian subsidiary, Facebook Italy S.r.l., on Monday.",
        set(),
        {("S.r.l", "subsidiary_of", "Meta")},
    ),
    (
        "shifted_back_to",
        "Quillmark shifted training back to Nvidia chips.",
        {("Quillmark", "uses", "Nvidia")},
        set(),
    ),
    (
        "defaults_to_a_service",
        "The Orbit browser currently defaults to Google for search.",
        {("Orbit", "uses", "Google")},
        set(),
    ),
    (
        "holders_named_by_company_are_not_it",
        "Nimbus shareholders own 10% of Quillmark.",
        set(),
        {("Nimbus", "invests_in", "Quillmark")},
    ),
    (
        "bare_partners_of_a_venture_are_unowned",
        "Nimbus and Zeta formed a joint venture to build a data center campus in Paris. Other "
        "partners include Helio Capital and Vega Energy.",
        set(),
        {("Helio Capital", "partners_with", "Nimbus"), ("Vega Energy", "partners_with", "Nimbus")},
    ),
    (
        "memorandum_of_understanding_with",
        "Quillmark signed a memorandum of understanding with Nimbus.",
        {("Quillmark", "partners_with", "Nimbus")},
        set(),
    ),
    (
        "took_the_helm_at",
        "Dana Reyes took the helm at Quillmark in 2023.",
        {("Dana Reyes", "leads", "Quillmark")},
        set(),
    ),
    (
        "lead_list_ended_by_a_dash",
        "Quillmark raised $100 million. The investment\u2014led by Zeta Ventures and Nimbus "
        "Capital\u2014was announced Tuesday during Quillmark's conference.",
        {
            ("Zeta Ventures", "invests_in", "Quillmark"),
            ("Nimbus Capital", "invests_in", "Quillmark"),
        },
        set(),
    ),
    (
        "led_the_financing_of",
        "Zeta Ventures led the $50 million financing of Quillmark.",
        {("Zeta Ventures", "invests_in", "Quillmark")},
        set(),
    ),
    (
        "its_in_a_named_apposition",
        "Zeta sued Quillmark, its main investor Nimbus Capital, and others.",
        {("Nimbus Capital", "invests_in", "Quillmark"), ("Zeta", "sues", "Quillmark")},
        {("Quillmark", "invests_in", "Zeta")},
    ),
    (
        "provide_access_to_chips",
        "AWS is to give Osprey access to tens of thousands of Nvidia processors, "
        "among them the new H200 chips.",
        {
            ("Osprey", "uses", "Nvidia"),
        },
        {
            ("Nvidia", "uses", "Amazon Web Services"),
            ("Nvidia", "uses", "Osprey"),
        },
    ),
    (
        "access_to_a_companys_cloud",
        "Quillmark will gain access to Oracle's cloud.",
        {("Quillmark", "uses", "Oracle")},
        set(),
    ),
    (
        "customer_base_includes",
        "Quillmark's customer base includes large organizations such as Coca-Cola and United "
        "Airlines.",
        {("Coca-Cola", "uses", "Quillmark"), ("United Airlines", "uses", "Quillmark")},
        set(),
    ),
    (
        "buy_a_companys_capacity",
        "Quillmark will buy CoreWeave's spare capacity.",
        {("Quillmark", "uses", "CoreWeave")},
        set(),
    ),
    (
        "runs_across_clouds",
        "Orbit runs across AWS, Google Cloud and Azure.",
        {
            ("Orbit", "uses", "Amazon Web Services"),
            ("Orbit", "uses", "Google Cloud"),
            ("Orbit", "uses", "Azure"),
        },
        set(),
    ),
    (
        "rivals_matched_in_a_relative_clause",
        "Intel, which has struggled to match rivals such as Nvidia in AI chip performance, grew.",
        {("Intel", "competes_with", "Nvidia")},
        set(),
    ),
    (
        "left_for_rival",
        "He left Quillmark in August for rival Anthropic.",
        {("Anthropic", "competes_with", "Quillmark")},
        set(),
    ),
    (
        "listed_signers_of_deals_with_unnamed_parties",
        "Numerous news organisations, including the Washington Post, Reuters, Axios and "
        "Hearst, have signed deals with AI firms.",
        set(),
        {("Reuters", "partners_with", "Axios"), ("The Washington Post", "partners_with", "Hearst")},
    ),
    (
        "pair_that_signed_with_each_other",
        "Reuters and Axios signed a deal with each other.",
        {("Reuters", "partners_with", "Axios")},
        set(),
    ),
    (
        "refusal_to_grant_access",
        "At the heart of the conflict lies Quillmark's refusal to grant Nimbus unfettered "
        "access to its Orbit models.",
        {("Quillmark", "develops", "Orbit")},
        {("Nimbus", "uses", "Orbit")},
    ),
    (
        "formed_a_named_alliance",
        "SK Telecom, Deutsche Telekom and Singtel have formed the Global Telco AI Alliance to "
        "build chatbots.",
        {
            ("SK Telecom", "partners_with", "Deutsche Telekom"),
            ("Deutsche Telekom", "partners_with", "Singtel"),
        },
        set(),
    ),
    (
        "suppliers_including_after_the_clause_subject",
        "Due to its shortage of machines, TSMC has sought the assistance of local equipment "
        "suppliers including Scientech Corporation and AllRing-Tech.",
        {("TSMC", "uses", "Scientech Corporation"), ("TSMC", "uses", "AllRing-Tech")},
        set(),
    ),
    (
        "with_the_backing_of",
        "A new player, Perplexity, has emerged with the backing of tech magnate Jeff Bezos.",
        {("Jeff Bezos", "invests_in", "Perplexity")},
        set(),
    ),
    (
        "supported_modifier",
        "Kimi, the chatbot developed by the Alibaba-supported Moonshot AI, is popular.",
        {("Alibaba", "invests_in", "Moonshot AI")},
        set(),
    ),
    (
        "possessed_maker_noun",
        "ChatGPT's creator signed a deal with Vox Media.",
        {("OpenAI", "partners_with", "Vox Media")},
        set(),
    ),
    (
        "store_named_product_owned_by_company",
        "The ChatGPT app is extremely popular both in Apple's App Store and Google's Play Store.",
        {("Apple", "develops", "App Store"), ("Google", "develops", "Play Store")},
        set(),
    ),
    (
        "customers_named_by_companies_are_people",
        "Venmo and PayPal customers in the U.S. can get early access to Perplexity's Comet "
        "Browser.",
        {("Perplexity", "develops", "Comet Browser")},
        {("PayPal", "uses", "Comet Browser"), ("Venmo", "uses", "Comet Browser")},
    ),
    (
        "abbreviation_of_common_words_is_no_name",
        "Kiro is an agentic integrated development environment (IDE) built by Amazon Web Services.",
        set(),
        {("Amazon Web Services", "develops", "IDE")},
    ),
    (
        "person_run_company_misread",
        "The publisher will licence its material to Sam Altman-run OpenAI.",
        {("Sam Altman", "leads", "OpenAI")},
        set(),
    ),
    (
        "founded_by_along_with",
        "Quillmark was founded by Dana Reyes, along with Omar Farouk.",
        {("Quillmark", "founded_by", "Dana Reyes"), ("Quillmark", "founded_by", "Omar Farouk")},
        set(),
    ),
    (
        "as_part_of_its_operations",
        "Anthropic also uses Google Cloud services as part of its operations.",
        {("Anthropic", "uses", "Google Cloud")},
        {("Google Cloud", "subsidiary_of", "Anthropic")},
    ),
    (
        "memory_supply_deal_is_no_partnership",
        "The memory giant Samsung had already secured deals with AMD and Broadcom for its "
        "HBM3E memory.",
        set(),
        {("Samsung", "partners_with", "AMD")},
    ),
    (
        "list_before_misread_name",
        "Honda, Geely and Toyota use the Orrisfield Drive platform in their new cars.",
        {("Geely", "uses", "Orrisfield Drive"), ("Toyota", "uses", "Orrisfield Drive")},
        set(),
    ),
    (
        "copula_any_noun_maker",
        "Vela is a code review workspace (CRW) built by Zentrix and opened to testers in March.",
        {("Zentrix", "develops", "Vela")},
        set(),
    ),
    (
        "bracket_in_short_founder_list",
        "Zentrix, founded in 2019 by Raj Patel (a co-author of an early robotics paper), Nina "
        "Frost, and Tom Hale, opened an office.",
        {("Zentrix", "founded_by", "Nina Frost"), ("Zentrix", "founded_by", "Tom Hale")},
        set(),
    ),
    (
        "second_title_on_first_titles_name",
        "Nimbus, the developer of Vega (and acquirer of Zentrix), raised new money.",
        {("Nimbus", "acquires", "Zentrix")},
        set(),
    ),
    (
        "en_dash_compound_modifier",
        "Intel signed a term sheet with the Palo Alto\u2013based startup Lumora.",
        {("Lumora", "based_in", "Palo Alto")},
        set(),
    ),
    (
        "along_with_after_opening_agents",
        "Founded in 2017 by professors Raj Patel and Tom Hale, along with former Nimbus "
        "executive Nina Frost, Zentrix builds chips.",
        {("Zentrix", "founded_by", "Nina Frost"), ("Zentrix", "founded_by", "Raj Patel")},
        set(),
    ),
    (
        "various_partnerships_not_pairwise",
        "Over the last month, Lumora, Zentrix, Nimbus, and Kestrel announced various "
        "partnerships to build defence products.",
        set(),
        {("Lumora", "partners_with", "Zentrix"), ("Nimbus", "partners_with", "Kestrel")},
    ),
    (
        "link_label_after_ticker",
        "Kestrel Capital (KCAP.O), opens new tab and Nimbus (NMBS.O), opens new tab invested "
        "in Lumora.",
        {("Kestrel Capital", "invests_in", "Lumora"), ("Nimbus", "invests_in", "Lumora")},
        set(),
    ),
    (
        "listed_owner_owns_its_item",
        "The investors were DST, Nimbus's NimbusVentures, Accel, and Felicis.",
        set(),
        {("Accel", "subsidiary_of", "Nimbus"), ("Felicis", "subsidiary_of", "Nimbus")},
    ),
    (
        "backed_other_party_noun",
        "The suit says Zentrix, the Nimbus-backed Lumora competitor, copied books.",
        {("Nimbus", "invests_in", "Zentrix")},
        {("Nimbus", "invests_in", "Lumora")},
    ),
    (
        "participle_after_listed_object",
        "The deal joins other big raises like Ana Ruiz's Lumora and Zentrix, co-founded by "
        "Omar Lee.",
        {("Zentrix", "founded_by", "Omar Lee")},
        {("Lumora", "founded_by", "Omar Lee")},
    ),
    (
        "title_chain_untagged_name",
        "Zentrix stands apart by pursuing what CEO and cofounder Nadia Okafor calls a general "
        "approach.",
        {("Nadia Okafor", "leads", "Zentrix"), ("Zentrix", "founded_by", "Nadia Okafor")},
        set(),
    ),
    (
        "participle_after_listed_subjects",
        "Lumora and Zentrix, backed by Nimbus, raised money.",
        {("Nimbus", "invests_in", "Lumora"), ("Nimbus", "invests_in", "Zentrix")},
        set(),
    ),
    (
        "modifier_of_modifier_kind",
        "Last spring, CoreWeave announced a 9 billion dollar cloud services contract with Lumora.",
        {("Lumora", "uses", "CoreWeave")},
        {("CoreWeave", "uses", "Lumora")},
    ),
    (
        "award_contract_buys",
        "The ministry awarded contracts worth up to 50 million euros each to Lumora and "
        "Zentrix. Kestrel was awarded a contract by Nimbus. The foundation awarded a prize to "
        "Brightwater.",
        {("Nimbus", "uses", "Kestrel")},
        {("Brightwater", "uses", "Nimbus")},
    ),
    (
        "their_in_owned_event_noun",
        "Lumora's use of Google's Gemini Nano model inside their Polaris Studio products is a "
        "shift.",
        {("Lumora", "develops", "Polaris Studio")},
        {("Google", "develops", "Polaris Studio")},
    ),
    (
        "offer_named_product",
        "Kestrel offers a route-planning product called Orion for fleets. Amazon offers "
        "models such as Claude through Bedrock.",
        {("Kestrel", "develops", "Orion")},
        {("Amazon", "develops", "Claude")},
    ),
    (
        "maker_of_two_products",
        "The WhatsApp and Instagram owner has been spending heavily on AI chips from AMD.",
        {("Meta", "uses", "AMD")},
        {("WhatsApp", "uses", "AMD")},
    ),
    (
        "place_based_list",
        "Boise, Idaho-based Kestrel Labs, Austin-based Zentrix and Nimbus said they built a model.",
        {("Kestrel Labs", "based_in", "Boise"), ("Zentrix", "based_in", "Austin")},
        {("Zentrix", "based_in", "Kestrel Labs")},
    ),
    (
        "saints_possessive_is_name",
        "St. Jude's Research Hospital partnered with Nimbus.",
        {("St. Jude's Research Hospital", "partners_with", "Nimbus")},
        {("Research Hospital", "partners_with", "Nimbus")},
    ),
    (
        "product_tail_word_in_name",
        "Amazon Web Services launched Amazon Q Developer for coders.",
        {("Amazon Web Services", "develops", "Amazon Q Developer")},
        {("Amazon Web Services", "develops", "Developer")},
    ),
    (
        "move_data_into_cloud",
        "Lumora has moved all of its records into the Microsoft Azure cloud. Lumora moved "
        "into Microsoft's old offices.",
        {("Lumora", "uses", "Azure")},
        {("Lumora", "uses", "Microsoft")},
    ),
    (
        "claude_tier_names",
        "Anthropic released Claude Sonnet and Claude Haiku for business users.",
        {("Anthropic", "develops", "Claude Sonnet"), ("Anthropic", "develops", "Claude Haiku")},
        {("Anthropic", "develops", "Sonnet")},
    ),
    (
        "racing_for_the_same_prize",
        "The talent war has intensified, with Lumora, Zentrix and Nimbus all racing toward "
        "general intelligence. Brightwater and Kestrel are racing to meet demand.",
        {("Lumora", "competes_with", "Zentrix"), ("Zentrix", "competes_with", "Nimbus")},
        {("Brightwater", "competes_with", "Kestrel")},
    ),
    (
        "owners_plan_competition",
        "Tesla's plan would set up direct competition with companies like Waymo and Zoox.",
        {("Tesla", "competes_with", "Waymo"), ("Tesla", "competes_with", "Zoox")},
        set(),
    ),
    (
        "compared_rounds_are_others",
        "Lumora has raised an additional 250 million dollars. Its rivals, Zentrix and Nimbus, "
        "have raised 850 million dollars and 370 million dollars, respectively. The funding "
        "round was led by Kestrel Capital and included Brightwater.",
        {("Kestrel Capital", "invests_in", "Lumora"), ("Brightwater", "invests_in", "Lumora")},
        {("Kestrel Capital", "invests_in", "Zentrix"), ("Brightwater", "invests_in", "Nimbus")},
    ),
    (
        "passive_doer_holds_partnership",
        "Orion Partners was set up in 2024 by Lumora in partnership with Zentrix and Nimbus.",
        {("Lumora", "partners_with", "Zentrix"), ("Lumora", "partners_with", "Nimbus")},
        {("Orion Partners", "partners_with", "Zentrix")},
    ),
    (
        "outlet_names_whole",
        "Lumora has signed new licensing deals with several publishers, including CNN and USA "
        "Today.",
        {("Lumora", "partners_with", "USA Today")},
        {("Lumora", "partners_with", "Today")},
    ),
    (
        "cpus_name_hardware",
        "Lumora's internal Orion Peak and Vega Ridge CPUs have been tested on the new node.",
        {("Lumora", "develops", "Orion Peak"), ("Lumora", "develops", "Vega Ridge")},
        set(),
    ),
    (
        "previously_told_event_stays",
        "Kestrel previously invested in Lumora as part of a 125 million dollar Series B round "
        "in 2023 that was led by Nimbus. Lumora previously partnered with Nvidia in a deal "
        "that included an investment. Ana Ruiz previously worked with Brightwater.",
        {
            ("Kestrel", "invests_in", "Lumora"),
            ("Nimbus", "invests_in", "Lumora"),
            ("Lumora", "partners_with", "Nvidia"),
        },
        {("Nimbus", "invests_in", "Kestrel")},
    ),
    (
        "named_as_kind_stands_for_object",
        "Nimbus launched Vega in 2023 as a writing assistant embedded in popular editors "
        "including Orion Docs and Polaris Write.",
        {("Orion Docs", "integrates", "Vega")},
        set(),
    ),
    (
        "support_needs_a_supply",
        "Halvex will supply extra compute to support Finch AI's model training. As "
        "backers, Osprey and Pinecrest are glad to support Tessaly in growing its "
        "service.",
        {
            ("Finch AI", "uses", "Halvex"),
        },
        {
            ("Tessaly", "uses", "Osprey"),
            ("Tessaly", "uses", "Pinecrest"),
        },
    ),
    (
        "shareholders_of_something_else",
        "Lumora raised money last year. In the joint venture, Kestrel and Nimbus are minority "
        "shareholders.",
        set(),
        {("Kestrel", "invests_in", "Lumora"), ("Nimbus", "invests_in", "Lumora")},
    ),
    (
        "deployment_into_a_host",
        "Lumora and Nimbus announced the production deployment of Zentrix's Vega model into "
        "the Orion Assistant. The integration of GitHub into CoreAI reflects the aim.",
        {("Orion", "integrates", "Vega")},
        {("Lumora", "uses", "Vega"), ("CoreAI", "integrates", "GitHub")},
    ),
    (
        "power_in_a_purpose_clause",
        "Kestrel is buying a stake in Orion Energy, as part of a deal with the company aimed "
        "at deploying reactors to provide electricity to power its data centres.",
        {("Kestrel", "invests_in", "Orion Energy")},
        {("Orion Energy", "uses", "Kestrel")},
    ),
    (
        "funding_for_a_peer",
        "Kestrel and Nimbus provided fresh funding for Lumora's Chinese peer Zentrix. The "
        "company's Client Computing Group sells chips.",
        {
            ("Kestrel", "invests_in", "Zentrix"),
            ("Nimbus", "invests_in", "Zentrix"),
            ("Client Computing Group", "subsidiary_of", "Zentrix"),
        },
        {("Zentrix", "uses", "Kestrel"), ("Zentrix", "subsidiary_of", "Lumora")},
    ),
    (
        "participated_in_that_round",
        "Quillmark raised $40 million in a seed round last spring. The company also "
        "hired a new finance chief. Greylock participated in that round too.",
        {("Greylock", "invests_in", "Quillmark")},
        set(),
    ),
    (
        "round_named_by_what_it_valued",
        "A seed round led by Redpoint Ventures last year valued Quillmark at $4 billion. "
        "Analysts at Harbor Research called it rich. Samsung also participated in the round.",
        {
            ("Redpoint Ventures", "invests_in", "Quillmark"),
            ("Samsung", "invests_in", "Quillmark"),
        },
        {("Samsung", "invests_in", "Harbor Research")},
    ),
    (
        "investors_in_this_round_include",
        "Quillmark has raised $70 million in Series A funding. Backers that put money into "
        "this round include the chipmaker AMD, as well as funds such as Coatue and Accel.",
        {
            ("AMD", "invests_in", "Quillmark"),
            ("Coatue", "invests_in", "Quillmark"),
            ("Accel", "invests_in", "Quillmark"),
        },
        set(),
    ),
    (
        "firms_that_joined_are_no_company",
        "Zephyr Labs is a large chip company based in Austin. The firms that joined "
        "Quillmark's Series A round included Accel. The companies that invested in "
        "Quillmark earlier include Greylock.",
        {("Accel", "invests_in", "Quillmark")},
        {("Zephyr Labs", "invests_in", "Quillmark")},
    ),
    (
        "one_of_the_group_doing_it",
        "Tessaly is among the companies competing with Brightwave for cloud customers. "
        "Halvex Ventures is one of the firms that invested in Brightwave.",
        {
            ("Tessaly", "competes_with", "Brightwave"),
            ("Halvex Ventures", "invests_in", "Brightwave"),
        },
        set(),
    ),
    (
        "racing_and_challenging_a_rival",
        "Tessaly is racing Brightwave to ship the first reasoning chip. Corvane Systems wants to "
        "challenge Halvex's dominance in search.",
        {
            ("Tessaly", "competes_with", "Brightwave"),
            ("Corvane Systems", "competes_with", "Halvex"),
        },
        set(),
    ),
    (
        "legal_battle_is_no_rivalry",
        "The legal battle between Tessaly and Brightwave dragged on for a year. Corvane Systems "
        "settled a lawsuit brought by Halvex. Ostrand took Pellucid to court over patents.",
        {
            ("Halvex", "sues", "Corvane Systems"),
            ("Ostrand", "sues", "Pellucid"),
        },
        {("Tessaly", "competes_with", "Brightwave")},
    ),
    (
        "supply_forms",
        "Ostrand Cloud will supply Brightwave with two gigawatts of data center capacity.\n\n"
        "Tessaly built its assistant on top of Halvex's Orris-5 model.\n\n"
        "Pellucid Software leverages Halvex's Quill model for search.",
        {
            ("Brightwave", "uses", "Ostrand Cloud"),
            ("Tessaly", "uses", "Orris-5"),
            ("Pellucid Software", "uses", "Quill"),
        },
        set(),
    ),
    (
        "agreement_for_capacity",
        "Brightwave inked a multiyear agreement with CoreWeave for additional GPU capacity.",
        {("Brightwave", "uses", "CoreWeave")},
        {("CoreWeave", "uses", "Brightwave")},
    ),
    (
        "tier_of_a_known_model",
        "Amazon launched Nova Premier, its most capable model.\n\nxAI released Grok 4 Heavy "
        "to subscribers.",
        {("Amazon", "develops", "Nova Premier"), ("xAI", "develops", "Grok 4 Heavy")},
        {("Amazon", "develops", "Premier"), ("xAI", "develops", "Heavy")},
    ),
    (
        "titles_chained_before_a_name",
        "Tessaly Robotics co-founder and CEO Maria Lopez said the deal had closed.\n\n"
        "Pellucid AI chief scientist and co-founder Tom Reed is leaving the company.",
        {
            ("Tessaly Robotics", "founded_by", "Maria Lopez"),
            ("Maria Lopez", "leads", "Tessaly Robotics"),
            ("Pellucid AI", "founded_by", "Tom Reed"),
        },
        set(),
    ),
    (
        "chip_rivalry_names_the_makers",
        "AMD's MI300X competes with the H100 in many data centers.",
        {("AMD", "competes_with", "Nvidia")},
        {("MI300X", "competes_with", "H100")},
    ),
    (
        "versions_and_a_list_the_parser_nests",
        "Baidu launched Ernie 4.5 and Ernie X1 on Sunday.",
        {("Baidu", "develops", "Ernie 4.5"), ("Baidu", "develops", "ERNIE X1")},
        {("Baidu", "develops", "X1")},
    ),
    (
        "taken_on_as_a_partner",
        "Pellucid AI tapped Ostrand Robotics as a partner for its expansion in Asia.",
        {("Pellucid AI", "partners_with", "Ostrand Robotics")},
        set(),
    ),
    (
        "guided_in_competing",
        "Kestrel Dynamics builds delivery drones. Its directors say the new chair can "
        "guide the firm in competing with larger rivals like Osprey Aerospace.",
        {
            ("Kestrel Dynamics", "competes_with", "Osprey Aerospace"),
        },
        set(),
    ),
    (
        "rivalry_by_customers_and_dominance",
        "Ostrand Robotics is trying to win customers away from Halvex Systems.\n\n"
        "Pellucid AI hopes to take market share from Brightwave.\n\n"
        "Tessaly Labs is a serious challenger to Quillmark's dominance in search.\n\n"
        "Halvex Systems tried to buy Ostrand Robotics last year.",
        {
            ("Ostrand Robotics", "competes_with", "Halvex Systems"),
            ("Pellucid AI", "competes_with", "Brightwave"),
            ("Tessaly Labs", "competes_with", "Quillmark"),
        },
        {("Halvex Systems", "acquires", "Ostrand Robotics")},
    ),
    (
        "possessors_are_no_items_of_a_list",
        "Tessaly Labs' Nova chatbot competes directly with Quillmark's Echo and Orbitron's Pulse.",
        {("Nova", "competes_with", "Echo"), ("Nova", "competes_with", "Pulse")},
        {("Nova", "competes_with", "Orbitron")},
    ),
    (
        "head_of_a_function_leads_no_company",
        "Maria Lopez, head of product at Tessaly Labs, announced the launch. Tom Reed, "
        "president of Halvex Systems, welcomed it.",
        {("Tom Reed", "leads", "Halvex Systems")},
        {("Maria Lopez", "leads", "Tessaly Labs")},
    ),
    (
        "ownership_told_as_parent_or_adjective",
        "Halvex Systems's parent company, Orbitron Holdings, reported earnings.\n\n"
        "Tessaly Labs, which is majority-owned by Quillmark, raised money. It was first to "
        "release tools that control computers.",
        {
            ("Halvex Systems", "subsidiary_of", "Orbitron Holdings"),
            ("Tessaly Labs", "subsidiary_of", "Quillmark"),
        },
        {("Quillmark", "subsidiary_of", "Tessaly Labs")},
    ),
    (
        "a_verb_ends_a_name",
        "Comcast's Universal sued Midjourney on Wednesday.",
        {("Universal", "sues", "Midjourney")},
        {("Universal sued", "sues", "Midjourney")},
    ),
    (
        "accused_use_is_no_supply",
        "Halvex Systems sent a letter to Tessaly Labs, accusing it of using Halvex's "
        "copyrighted designs to train its models. Tessaly Labs uses Ostrand Cloud for training.",
        {("Tessaly Labs", "uses", "Ostrand Cloud")},
        {("Tessaly Labs", "uses", "Halvex Systems")},
    ),
    (
        "buying_parts_and_goods_is_no_acquisition",
        "Tessaly Labs bought Nvidia chips worth $1 billion. Pellucid AI acquired Halvex "
        "Systems's robotics team. Ostrand Robotics, which was acquired by Brightwave in 2019, "
        "raised money.",
        {("Brightwave", "acquires", "Ostrand Robotics")},
        {
            ("Tessaly Labs", "acquires", "Nvidia"),
            ("Pellucid AI", "acquires", "Halvex Systems"),
        },
    ),
    (
        "alleging_in_a_suit_story_is_suing",
        "Halvex Records sued Tessaly Labs in June. Ostrand Records also alleges that "
        "Tessaly Labs trained its models on its songs.",
        {("Halvex Records", "sues", "Tessaly Labs"), ("Ostrand Records", "sues", "Tessaly Labs")},
        set(),
    ),
    (
        "alleging_alone_is_no_suit",
        "Ostrand Records alleges that Tessaly Labs trained its models on its songs.",
        set(),
        {("Ostrand Records", "sues", "Tessaly Labs")},
    ),
    (
        "a_startup_called_x_is_a_company",
        "In 2022, Omar Lee and two colleagues started a new startup called Kestrel.",
        {
            ("Kestrel", "founded_by", "Omar Lee"),
        },
        {
            ("Omar Lee", "develops", "Kestrel"),
        },
    ),
    (
        "chips_named_by_their_cloud",
        "Quillon Labs has agreed to use as many as 500,000 Google Cloud TPUs.",
        {
            ("Quillon Labs", "uses", "Google Cloud"),
            ("Quillon Labs", "uses", "TPU"),
        },
        set(),
    ),
    (
        "working_jointly_is_a_partnership",
        "Tessaly Labs and Halvex Systems will jointly develop warehouse robots.\n\n"
        "Ostrand Cloud is investing $1 billion in Pellucid AI to jointly build new "
        "supercomputers.",
        {
            ("Tessaly Labs", "partners_with", "Halvex Systems"),
            ("Ostrand Cloud", "partners_with", "Pellucid AI"),
            ("Ostrand Cloud", "invests_in", "Pellucid AI"),
        },
        set(),
    ),
    (
        "investing_alongside_others",
        "Halvex Capital invested alongside Orbitron Ventures in Tessaly Labs.\n\n"
        "Halvex Capital invested in Pellucid AI alongside Greylock and Accel.\n\n"
        "Halvex Capital participated in Brightwave's $6 billion funding round.",
        {
            ("Halvex Capital", "invests_in", "Tessaly Labs"),
            ("Orbitron Ventures", "invests_in", "Tessaly Labs"),
            ("Halvex Capital", "invests_in", "Pellucid AI"),
            ("Greylock", "invests_in", "Pellucid AI"),
            ("Accel", "invests_in", "Pellucid AI"),
            ("Halvex Capital", "invests_in", "Brightwave"),
        },
        set(),
    ),
    (
        "stakes_told_as_shares_and_money_committed",
        "Halvex Systems holds about 27% of Tessaly Labs.\n\n"
        "Orbitron Holdings, which owns roughly a quarter of Pellucid AI, declined to comment."
        "\n\nGreylock committed $1 billion to Brightwave.\n\n"
        "Accel increased its stake in Quillmark Robotics to 10%.",
        {
            ("Halvex Systems", "invests_in", "Tessaly Labs"),
            ("Orbitron Holdings", "invests_in", "Pellucid AI"),
            ("Greylock", "invests_in", "Brightwave"),
            ("Accel", "invests_in", "Quillmark Robotics"),
        },
        {("Pellucid AI", "subsidiary_of", "Orbitron Holdings")},
    ),
    (
        "the_x_maker_names_a_product",
        "The Orbix maker Tessaly Labs raised money.",
        {("Tessaly Labs", "develops", "Orbix")},
        set(),
    ),
    (
        "rivalry_as_ground_contest_and_apposition",
        "Tessaly Labs has been losing ground to Halvex Systems in the chatbot market.\n\n"
        "The contest between Pellucid AI and Brightwave is heating up.\n\n"
        "Ostrand Robotics and Quillmark Robotics, two fierce rivals, both shipped robots.\n\n"
        "Corvane Systems competes in the same market as Halvex Systems.\n\n"
        "Quillmark's Echo assistant now speaks French.",
        {
            ("Tessaly Labs", "competes_with", "Halvex Systems"),
            ("Pellucid AI", "competes_with", "Brightwave"),
            ("Ostrand Robotics", "competes_with", "Quillmark Robotics"),
            ("Corvane Systems", "competes_with", "Halvex Systems"),
        },
        {("Echo", "based_in", "Quillmark")},
    ),
    (
        "integrated_into_its_own_or_a_named_host",
        "Kestrel Labs integrated Anthropic's Claude into its messaging "
        "service.\n\nHarmon Mobile will integrate Lark into its maps app and the Siri "
        "assistant.",
        {
            ("Kestrel Labs", "integrates", "Claude"),
            ("Siri", "integrates", "Lark"),
        },
        {
            ("Claude", "integrates", "Claude"),
        },
    ),
    (
        "investors_joined_round",
        "Brightwave raised $120 million. Accel, Index Ventures and Greenoaks also joined "
        "the round.",
        {
            ("Accel", "invests_in", "Brightwave"),
            ("Index Ventures", "invests_in", "Brightwave"),
            ("Greenoaks", "invests_in", "Brightwave"),
        },
        set(),
    ),
    (
        "commitment_noun",
        "Google made a $2 billion commitment to Anthropic last year.",
        {("Google", "invests_in", "Anthropic")},
        set(),
    ),
    (
        "investment_of_amount_in",
        "Amazon made an additional investment of up to $4 billion in Anthropic.",
        {("Amazon", "invests_in", "Anthropic")},
        set(),
    ),
    (
        "object_parsed_as_adverb",
        "Nvidia said on Monday it would invest in Mistral AI. The chipmaker also backs Cohere.",
        {("Nvidia", "invests_in", "Mistral AI"), ("Nvidia", "invests_in", "Cohere")},
        set(),
    ),
    (
        "possessive_list_pairs_each_owner",
        "Anthropic trains its models on Google's TPUs, Nvidia's GPUs and Amazon's Trainium chips.",
        {("Anthropic", "uses", "TPU"), ("Amazon", "develops", "Trainium")},
        {("Google", "develops", "Trainium")},
    ),
    (
        "title_case_headline_is_not_a_statement",
        "Why Apple Would Partner With OpenAI\nBy Dana Whitlow\nApple has not said much.",
        set(),
        {("Apple", "partners_with", "OpenAI")},
    ),
    (
        "signed_agreements_with",
        "Last spring, Quillon partnered with Harmon Labs and signed agreements with Nimbus Cloud.",
        {
            ("Quillon", "partners_with", "Harmon Labs"),
            ("Quillon", "partners_with", "Nimbus Cloud"),
        },
        set(),
    ),
    (
        "reliance_on_supplier",
        "The agreement ends years of OpenAI's sole reliance on Microsoft's Azure.",
        {("OpenAI", "uses", "Azure")},
        set(),
    ),
    (
        "entered_round_named_later",
        "Harmon Holdings and Pinecrest Ventures entered into a Series C funding round "
        "in spring 2022, in which Tessaly raised 250 million euros.",
        {
            ("Harmon Holdings", "invests_in", "Tessaly"),
            ("Pinecrest Ventures", "invests_in", "Tessaly"),
        },
        set(),
    ),
    (
        "other_participants_included",
        "Quorra raised close to $3 billion in a Series B round led by Andreessen Horowitz. "
        "Other participants included Nvidia, Accel and Cisco.",
        {
            ("Andreessen Horowitz", "invests_in", "Quorra"),
            ("Nvidia", "invests_in", "Quorra"),
            ("Cisco", "invests_in", "Quorra"),
        },
        set(),
    ),
    (
        "stepped_down_as_ceo",
        "Sam Altman, who stepped down as CEO of Y Combinator, now runs OpenAI.",
        {("Sam Altman", "leads", "OpenAI")},
        {("Sam Altman", "leads", "Y Combinator")},
    ),
    (
        "ran_it_until",
        "Frank Zhang founded Orbital Racks in 1994 and ran it until its sale.",
        {("Orbital Racks", "founded_by", "Frank Zhang")},
        {("Frank Zhang", "leads", "Orbital Racks")},
    ),
    (
        "copula_chip_made_by",
        "Vextra X2 is Zentrix's in-house inference processor, built by Halvex Silicon.",
        {
            ("Halvex Silicon", "develops", "Vextra X2"),
            ("Zentrix", "develops", "Vextra X2"),
        },
        set(),
    ),
    (
        "relationship_is_not_owned",
        "Anthropic runs on AWS, despite its close AWS relationship.",
        {("Anthropic", "uses", "Amazon Web Services")},
        {("Anthropic", "develops", "Amazon Web Services")},
    ),
    (
        "object_after_long_modifiers",
        "Harmon Group has acquired machine learning (ML)-driven tax software startup "
        "Taxora for $420 million.",
        {
            ("Harmon Group", "acquires", "Taxora"),
        },
        set(),
    ),
    (
        "title_and_role_before_name",
        "It marks a turning point, Zentrix Holdings Chairman and CEO Dana Reyes noted.",
        {
            ("Dana Reyes", "leads", "Zentrix Holdings"),
        },
        set(),
    ),
    (
        "almost_bought_did_not",
        "Halvex almost bought Zentrix back in 2014, people close to the matter said.",
        set(),
        {
            ("Halvex", "acquires", "Zentrix"),
        },
    ),
    (
        "holder_announces_leaving",
        "Omar Lee, Zentrix president and board chairman, announced he would leave the company.",
        set(),
        {
            ("Omar Lee", "leads", "Zentrix"),
        },
    ),
    (
        "based_modifier_per_conjunct",
        "Halden has bought Spain-based Corvix and Austin-based Tandem.ai since January.",
        {("Corvix", "based_in", "Spain"), ("Tandem.ai", "based_in", "Austin")},
        {("Tandem.ai", "based_in", "Spain")},
    ),
    (
        "previously_worked_with",
        "Lumora AI has previously worked with OpenAI.",
        set(),
        {("Lumora AI", "partners_with", "OpenAI")},
    ),
    (
        "legal_action_against",
        "Lumora and Harmon's Finch Studios took legal action against Vextra on Tuesday.",
        {
            ("Finch Studios", "sues", "Vextra"),
            ("Lumora", "sues", "Vextra"),
        },
        set(),
    ),
    (
        "caption_sentence_with_full_stop",
        "AMD CEO Lisa Su. Photographer: Dana Whitlow for Example Wire",
        {("Lisa Su", "leads", "AMD")},
        set(),
    ),
    (
        "under_the_leadership_of",
        "OpenAI grew quickly under the leadership of Sam Altman.",
        {("Sam Altman", "leads", "OpenAI")},
        set(),
    ),
    (
        "dotted_names_stay_whole",
        "AMD bought Nod.ai last year. Character.AI was founded by Noam Shazeer.",
        {("AMD", "acquires", "Nod.ai"), ("Character.AI", "founded_by", "Noam Shazeer")},
        set(),
    ),
    (
        "generic_head_from_several_makers",
        "Perplexity uses models from OpenAI and Anthropic.",
        {("Perplexity", "uses", "OpenAI"), ("Perplexity", "uses", "Anthropic")},
        set(),
    ),
    (
        "relative_clause_subject_is_not_the_description",
        "Arm makes chip designs. SoftBank, which bought the Cambridge-based chip designer in "
        "2016, said it would list Arm.",
        {("SoftBank", "acquires", "Arm"), ("Arm", "based_in", "Cambridge")},
        {("SoftBank", "based_in", "Cambridge")},
    ),
    (
        "without_acquiring",
        "Microsoft hired the founders of Inflection AI without formally acquiring Inflection AI.",
        set(),
        {("Microsoft", "acquires", "Inflection AI")},
    ),
    (
        "named_but_unread_organization_is_not_guessed",
        "Omar Lee departed Anthropic last spring. Lee has since been appointed CEO of "
        "his new robotics startup Harmon Dynamics.",
        set(),
        {
            ("Omar Lee", "leads", "Anthropic"),
        },
    ),
    (
        "the_company_is_the_one_most_named",
        "Lumora AI hired Dana Whitlow. Lumora AI makes robots. Whitlow previously worked at "
        "Google and Microsoft Research. The company, founded in 2024 by Omar Haddad, is growing.",
        {("Lumora AI", "founded_by", "Omar Haddad")},
        {("Microsoft Research", "founded_by", "Omar Haddad")},
    ),
    (
        "use_to_power_a_product",
        "Apple plans to use Google's Gemini model to power a revamped Siri.",
        {("Siri", "uses", "Gemini"), ("Google", "develops", "Gemini")},
        set(),
    ),
    (
        "capacity_contracts_with",
        "CoreWeave has since signed multibillion-dollar capacity contracts with OpenAI.",
        {("OpenAI", "uses", "CoreWeave")},
        {("CoreWeave", "partners_with", "OpenAI")},
    ),
    (
        "serving_customers_such_as",
        "Statsig will keep serving existing customers such as Notion and Figma.",
        {("Notion", "uses", "Statsig"), ("Figma", "uses", "Statsig")},
        set(),
    ),
    (
        "developing_in_a_place",
        "OpenAI is also backing the first Stargate campus, which Crusoe is developing in Abilene.",
        {("Crusoe", "develops", "Stargate"), ("OpenAI", "invests_in", "Stargate")},
        set(),
    ),
    (
        "stock_code_is_not_a_name",
        "South Korean chipmaker Halvex (005930.KS) released its newest processor, Nova 3.",
        set(),
        {
            ("Halvex", "develops", "005930.KS"),
        },
    ),
    (
        "founded_to_compete",
        "xAI, which Elon Musk founded in 2023 to compete with OpenAI, raised money.",
        {("xAI", "competes_with", "OpenAI"), ("xAI", "founded_by", "Elon Musk")},
        set(),
    ),
    (
        "rival_as_modifier",
        "OpenAI rival Anthropic raised money. Cerebras, an Nvidia challenger, filed for an IPO.",
        {("Anthropic", "competes_with", "OpenAI"), ("Cerebras", "competes_with", "Nvidia")},
        set(),
    ),
    (
        "racing_to_catch_up",
        "Baidu and Alibaba are racing to catch up with OpenAI.",
        {("Baidu", "competes_with", "OpenAI"), ("Alibaba", "competes_with", "OpenAI")},
        set(),
    ),
    (
        "supply_with_and_move_to",
        "Nvidia will supply Reliance with its Blackwell chips. Dropbox is moving its workloads "
        "to Google Cloud.",
        {("Reliance", "uses", "Blackwell"), ("Dropbox", "uses", "Google Cloud")},
        set(),
    ),
    (
        "roll_out_and_developer_modifier",
        "Meta rolled out Llama 4 on Saturday. The Google-developed Gemini model is popular.",
        {("Meta", "develops", "Llama 4"), ("Google", "develops", "Gemini")},
        set(),
    ),
    (
        "take_on_and_competition_from",
        "Perplexity is taking on Google in search. Microsoft faces competition from Amazon.",
        {("Perplexity", "competes_with", "Google"), ("Microsoft", "competes_with", "Amazon")},
        set(),
    ),
    (
        "compute_deal_seller_and_spending",
        "Brightwave struck a cloud deal with CoreWeave worth $2 billion. Oracle signed a "
        "cloud computing contract with Lumen. Mosaic said it would spend $3 billion on Nvidia "
        "chips. Quantix's data centers are powered by AMD GPUs.",
        {
            ("Brightwave", "uses", "CoreWeave"),
            ("Lumen", "uses", "Oracle"),
            ("Mosaic", "uses", "Nvidia"),
            ("Quantix", "uses", "AMD"),
        },
        {("CoreWeave", "uses", "Brightwave"), ("Oracle", "uses", "Lumen")},
    ),
    (
        "lawsuits_received_and_brought",
        "Brightwave was hit with a lawsuit from Getty Images. A judge dismissed part of the "
        "lawsuit Dow Jones brought against Lumen. Vantory is defending itself against a suit "
        "by Thomson Reuters. The Authors Guild is among the plaintiffs suing Quantix.",
        {
            ("Getty Images", "sues", "Brightwave"),
            ("Dow Jones", "sues", "Lumen"),
            ("Thomson Reuters", "sues", "Vantory"),
            ("Authors Guild", "sues", "Quantix"),
        },
        {("Brightwave", "sues", "Getty Images"), ("Vantory", "sues", "Thomson Reuters")},
    ),
    (
        "maker_descriptions_from_reference_data",
        "Apple is in talks with Brightwave. The iPhone maker wants to use Brightwave's models "
        "in Siri. The ChatGPT maker said it had raised $6 billion from SoftBank.",
        {
            ("Apple", "uses", "Brightwave"),
            ("SoftBank", "invests_in", "OpenAI"),
        },
        {("Brightwave", "develops", "iPhone"), ("SoftBank", "invests_in", "Brightwave")},
    ),
    (
        "possessive_in_a_copula_is_not_the_subject",
        "Amazon has invested $8 billion in Anthropic. The e-commerce giant is also its main "
        "cloud provider.",
        {("Anthropic", "uses", "Amazon")},
        {("Amazon", "uses", "Anthropic")},
    ),
    (
        "joined_as_ceo_and_cofounded_with",
        "Sam Ortiz, who ran Google's cloud unit until 2023, joined Brightwave as CEO. Dana "
        "Reyes, who co-founded Lumen with Omar Lee, spoke on Monday. Sunny Park, Quantix's "
        "president, will join Nvidia.",
        {
            ("Sam Ortiz", "leads", "Brightwave"),
            ("Lumen", "founded_by", "Dana Reyes"),
            ("Lumen", "founded_by", "Omar Lee"),
        },
        {
            ("Brightwave", "leads", "Google"),
            ("Sam Ortiz", "leads", "Google"),
            ("Sunny Park", "leads", "Nvidia"),
        },
    ),
    (
        "counts_as_backers",
        "Brightwave counts Nvidia and Salesforce Ventures as backers. Corvana has Accel as an "
        "investor. Analysts see Sequoia Capital as an investor.",
        {
            ("Nvidia", "invests_in", "Brightwave"),
            ("Salesforce Ventures", "invests_in", "Brightwave"),
            ("Accel", "invests_in", "Corvana"),
        },
        {
            ("Sequoia Capital", "invests_in", "Corvana"),
            ("Nvidia", "invests_in", "Salesforce Ventures"),
        },
    ),
    (
        "promoted_to_ceo_and_title_read_as_verb",
        "Omar Lee was promoted to CEO of Brightwave. Zeta promoted Dana Reyes to chief executive.",
        {("Omar Lee", "leads", "Brightwave"), ("Dana Reyes", "leads", "Zeta")},
        {("Dana Reyes", "leads", "Brightwave")},
    ),
    (
        "title_read_as_a_verb",
        "Zeta chief scientist and co-founder Omar Lee is leaving the company.",
        {("Zeta", "founded_by", "Omar Lee")},
        set(),
    ),
    (
        "own_product_is_no_supply_and_known_makers",
        "Zeta released its Quill model in May. Zeta trains Quill on Nvidia chips and uses "
        "Quill in its search engine. Brightwave is collaborating with Amazon on the "
        "development of Trainium chips, which Brightwave uses to train its models.",
        {
            ("Zeta", "develops", "Quill"),
            ("Brightwave", "uses", "Trainium"),
        },
        {("Zeta", "uses", "Quill"), ("Brightwave", "develops", "Trainium")},
    ),
    (
        "unit_named_on_its_noun_and_owned_ai_product",
        "Alphabet's Waymo unit raised $5 billion. Zeta's Lumora AI unit grew fast. Motorola "
        "uses Perplexity for search inside its Moto AI system.",
        {
            ("Waymo", "subsidiary_of", "Alphabet"),
            ("Lumora AI", "subsidiary_of", "Zeta"),
            ("Motorola", "develops", "Moto AI"),
        },
        {
            ("Alphabet", "subsidiary_of", "Waymo"),
            ("Zeta", "subsidiary_of", "Lumora AI"),
            ("Moto AI", "subsidiary_of", "Motorola"),
        },
    ),
    (
        "shared_object_and_models_which_include",
        "Kestrel hopes to build and improve its AI models, including the Plover LLMs. "
        "Osprey is building its own foundation models, which include the Tern family "
        "and an open release named Wren.",
        {
            ("Kestrel", "develops", "Plover"),
            ("Osprey", "develops", "Tern"),
            ("Osprey", "develops", "Wren"),
        },
        {
            ("Kestrel", "uses", "Plover"),
        },
    ),
    (
        "lawsuits_accusing_and_faced",
        "Getty Images accused Brightwave of copying its photos in a lawsuit filed late last "
        "week. The suit, filed by Dow Jones in Delaware, alleges that Lumen copied "
        "articles. A judge ruled that Zeta must face Thomson Reuters' lawsuit. Getty Images "
        "said in a blog post that it admired Quantix.",
        {
            ("Getty Images", "sues", "Brightwave"),
            ("Dow Jones", "sues", "Lumen"),
            ("Thomson Reuters", "sues", "Zeta"),
        },
        {("Getty Images", "sues", "Quantix"), ("Zeta", "sues", "Thomson Reuters")},
    ),
    (
        "partners_listed_and_working_together",
        "Zeta's partners include Microsoft and SAP. Brightwave, a Nvidia partner, raised "
        "money. Lumen and Cohere agreed to work together on enterprise AI.",
        {
            ("Zeta", "partners_with", "Microsoft"),
            ("Zeta", "partners_with", "SAP"),
            ("Brightwave", "partners_with", "Nvidia"),
            ("Lumen", "partners_with", "Cohere"),
        },
        {("Microsoft", "partners_with", "SAP")},
    ),
    (
        "headquarters_named",
        "Zeta's headquarters in Austin will grow. Brightwave moved its headquarters to "
        "Denver. Lumen, whose headquarters are in Oslo, raised money. Quantix opened an "
        "office near Google's headquarters.",
        {
            ("Zeta", "based_in", "Austin"),
            ("Brightwave", "based_in", "Denver"),
            ("Lumen", "based_in", "Oslo"),
        },
        {("Google", "based_in", "Austin"), ("Quantix", "based_in", "Denver")},
    ),
    (
        "licensing_payments_and_licensed_data",
        "Amazon agreed to pay Inflection $240 million in license fees for access to "
        "its models. Vextra will pay Reddit $35 million annually to license its "
        "posts. Osprey licensed its speech software to Samsung.",
        {
            ("Amazon", "partners_with", "Inflection AI"),
            ("Osprey", "partners_with", "Samsung"),
            ("Vextra", "partners_with", "Reddit"),
        },
        {
            ("Amazon", "invests_in", "Inflection AI"),
        },
    ),
    (
        "rivals_in_a_comparison_and_such_as",
        "Zeta, like rivals OpenAI and Anthropic, sells subscriptions. Brightwave and its "
        "Chinese rivals, such as DeepSeek, cut prices.",
        {
            ("Zeta", "competes_with", "OpenAI"),
            ("Zeta", "competes_with", "Anthropic"),
            ("Brightwave", "competes_with", "DeepSeek"),
        },
        {("OpenAI", "competes_with", "Anthropic")},
    ),
    (
        "briefly_served_is_a_past_role",
        "As Zeta's CTO, Dana Reyes briefly served as interim CEO of Zeta in 2023. Omar Lee, "
        "the CEO of Brightwave, returned from a trip to Paris.",
        {("Omar Lee", "leads", "Brightwave")},
        {("Dana Reyes", "leads", "Zeta")},
    ),
    (
        "rivalry_idioms",
        "Mosaic is going head-to-head with Microsoft in cloud. Lumen is up against Google "
        "and Amazon. Brightwave is battling Cohere for customers. Quantix is competing for "
        "developers with Mistral.",
        {
            ("Mosaic", "competes_with", "Microsoft"),
            ("Lumen", "competes_with", "Google"),
            ("Lumen", "competes_with", "Amazon"),
            ("Brightwave", "competes_with", "Cohere"),
            ("Quantix", "competes_with", "Mistral AI"),
        },
        {("Google", "competes_with", "Amazon")},
    ),
    (
        "rivals_named_around_the_subject",
        "Investors see Lumen as a competitor to OpenAI. Like its competitor Anthropic, Mosaic "
        "sells access to its models. Brightwave's main competitor is Cohere. Quantix and its "
        "rivals, including Mistral and AI21 Labs, are spending heavily.",
        {
            ("Lumen", "competes_with", "OpenAI"),
            ("Mosaic", "competes_with", "Anthropic"),
            ("Brightwave", "competes_with", "Cohere"),
            ("Quantix", "competes_with", "Mistral AI"),
            ("Quantix", "competes_with", "AI21 Labs"),
        },
        {("Mistral AI", "competes_with", "AI21 Labs"), ("Investors", "competes_with", "OpenAI")},
    ),
    (
        "working_and_joining_forces",
        "Apple is working with OpenAI to bring ChatGPT to Siri. Samsung joined forces with Arm.",
        {("Apple", "partners_with", "OpenAI"), ("Samsung", "partners_with", "Arm")},
        set(),
    ),
    (
        "funding_and_backing_from",
        "Mistral AI secured funding from Nvidia. Cohere raised money with backing from Oracle.",
        {("Nvidia", "invests_in", "Mistral AI"), ("Oracle", "invests_in", "Cohere")},
        set(),
    ),
    (
        "commitments_from_investors_including",
        "Osprey's newest round was led by Westbrook, and included further commitments "
        "from backers including Kestrel, Harbor Capital and Finch Global.",
        {
            ("Finch Global", "invests_in", "Osprey"),
            ("Kestrel", "invests_in", "Osprey"),
            ("Westbrook", "invests_in", "Osprey"),
        },
        {
            ("Kestrel", "invests_in", "Westbrook"),
        },
    ),
    (
        "money_put_into_by_a_listed_relative",
        "Brightwave will receive $25 million, while investors like Pinecrest and Harbor "
        "Ventures, who put $300 million into the company, will recoup their money.",
        {
            ("Pinecrest", "invests_in", "Brightwave"),
            ("Harbor Ventures", "invests_in", "Brightwave"),
        },
        {("Harbor Ventures", "invests_in", "Pinecrest")},
    ),
    (
        "counted_among_its_investors",
        "Brightwave counts Pinecrest among its investors. Apple put ChatGPT into Siri.",
        {("Pinecrest", "invests_in", "Brightwave"), ("Siri", "integrates", "ChatGPT")},
        {("Brightwave", "invests_in", "Pinecrest"), ("Apple", "invests_in", "Siri")},
    ),
    (
        "hiring_another_company_s_chief",
        "Amazon will license software from robotics startup Covarix and hire its CEO, "
        "Dana Reyes. Google hired much of the team at Halvex AI, including its "
        "co-founder, Omar Lee.",
        {
            ("Halvex AI", "founded_by", "Omar Lee"),
        },
        {
            ("Dana Reyes", "leads", "Amazon"),
            ("Google", "founded_by", "Omar Lee"),
        },
    ),
    (
        "appointed_name_then_title",
        "Microsoft appointed Satya Nadella chief executive officer in 2014.",
        {("Satya Nadella", "leads", "Microsoft")},
        set(),
    ),
    (
        "plaintiff_lists",
        "Harmon Records, Finch Music and Osprey Sound are suing Tessaly. A coalition "
        "of novelists including Ana Ruiz and Li Wei has sued Quillon. The complaint, "
        "filed by Kestrel Media and the Pinecrest Gazette, accuses Vextra of scraping "
        "news stories.",
        {
            ("Ana Ruiz", "sues", "Quillon"),
            ("Finch Music", "sues", "Tessaly"),
            ("Kestrel Media", "sues", "Vextra"),
            ("Li Wei", "sues", "Quillon"),
            ("Osprey Sound", "sues", "Tessaly"),
            ("Pinecrest Gazette", "sues", "Vextra"),
        },
        {
            ("Finch Music", "sues", "Osprey Sound"),
        },
    ),
    (
        "present_tense_verb_read_as_a_noun",
        "Cohere taps Oracle Cloud Infrastructure to train its models.",
        {("Cohere", "uses", "Oracle Cloud Infrastructure")},
        set(),
    ),
    (
        "the_startup_is_no_incumbent",
        "Cohere raised $500 million this week. Existing investor Nvidia also joined the round "
        "for the Toronto-based startup.",
        {("Cohere", "based_in", "Toronto"), ("Nvidia", "invests_in", "Cohere")},
        {("Nvidia", "based_in", "Toronto")},
    ),
    (
        "lawsuit_with_a_participle",
        "The class action brought by Sarah Lane against Stability AI continues.",
        {("Sarah Lane", "sues", "Stability AI")},
        {("Stability AI", "sues", "Sarah Lane")},
    ),
    (
        "lawsuit_with_a_participle_and_a_late_agent",
        "The lawsuit filed against OpenAI by the Authors Guild seeks damages.",
        {("Authors Guild", "sues", "OpenAI")},
        {("OpenAI", "sues", "Authors Guild")},
    ),
    (
        "a_company_acts_through_its_unit",
        "Alibaba's cloud unit launched Qwen3. Samsung and OpenAI signed a memorandum of "
        "understanding.",
        {("Alibaba", "develops", "Qwen3"), ("Samsung", "partners_with", "OpenAI")},
        set(),
    ),
    (
        "round_that_included_investors",
        "OpenAI closed a $6.6 billion funding round that included Microsoft, Nvidia and "
        "SoftBank. xAI's latest round included AMD.",
        {
            ("Microsoft", "invests_in", "OpenAI"),
            ("SoftBank", "invests_in", "OpenAI"),
            ("AMD", "invests_in", "xAI"),
        },
        {("Microsoft", "partners_with", "Nvidia")},
    ),
    (
        "coordinated_subjects_are_rivals",
        "Amazon-backed Anthropic and Microsoft-backed OpenAI are rivals. The list included "
        "Nvidia and AMD.",
        {("Anthropic", "competes_with", "OpenAI")},
        {("Nvidia", "invests_in", "AMD"), ("Amazon", "competes_with", "Microsoft")},
    ),
    (
        "partner_as_a_predicate",
        "Nvidia counts Microsoft among its partners. Cohere is a close partner of Oracle.",
        {("Microsoft", "partners_with", "Nvidia"), ("Cohere", "partners_with", "Oracle")},
        set(),
    ),
    (
        "titles_and_what_they_head",
        "Ilya Sutskever, OpenAI co-founder and head of Safe Superintelligence, spoke. The "
        "president of Microsoft, Brad Smith, testified. Nvidia's head of automotive, Danny "
        "Shapiro, spoke at the event.",
        {
            ("OpenAI", "founded_by", "Ilya Sutskever"),
            ("Ilya Sutskever", "leads", "Safe Superintelligence"),
            ("Brad Smith", "leads", "Microsoft"),
        },
        {
            ("Ilya Sutskever", "leads", "OpenAI"),
            ("Safe Superintelligence", "founded_by", "Ilya Sutskever"),
            ("Danny Shapiro", "leads", "Nvidia"),
        },
    ),
    (
        "we_in_a_quote_is_the_speaker_s_company",
        '"We are excited to partner with Nvidia," said Aidan Gomez, chief executive of Cohere. '
        '"We have been working with OpenAI for years," Microsoft\'s Satya Nadella said.',
        {("Cohere", "partners_with", "Nvidia"), ("Microsoft", "partners_with", "OpenAI")},
        {("Aidan Gomez", "partners_with", "Nvidia")},
    ),
    (
        "a_deal_to_buy_chips_is_no_partnership",
        "OpenAI struck a deal with AMD to deploy its chips. Samsung and OpenAI signed an "
        "agreement on Stargate.",
        {("OpenAI", "uses", "AMD"), ("Samsung", "partners_with", "OpenAI")},
        {("OpenAI", "partners_with", "AMD")},
    ),
    (
        "a_title_before_a_list_is_the_first_name_s",
        "Quillon, which was started in 2016 by CEO Dana Reyes, Dr. Omar Lee, and "
        "Prof. Li Wei, sells analytics tools. Anthropic co-founders Ana Ruiz and Paul "
        "Hart gave a talk.",
        {
            ("Anthropic", "founded_by", "Paul Hart"),
            ("Dana Reyes", "leads", "Quillon"),
            ("Quillon", "founded_by", "Li Wei"),
        },
        {
            ("Li Wei", "leads", "Quillon"),
            ("Omar Lee", "leads", "Quillon"),
        },
    ),
    (
        "teaming_up_to_sue_and_claims_brought",
        "Universal Music Group, Sony Music and Warner Music Group have teamed up to sue Suno. "
        "Other authors including Sarah Lane and Tom Reyes have brought similar claims against "
        "Meta.",
        {
            ("Sony Music", "sues", "Suno"),
            ("Sarah Lane", "sues", "Meta"),
            ("Tom Reyes", "sues", "Meta"),
        },
        {("Sony Music", "partners_with", "Warner Music Group")},
    ),
    (
        "a_cited_outlet_is_no_actor",
        "According to people who talked with Axios, Vextra bought the Dutch startup "
        "Finch Labs to shut down a rival product.",
        {
            ("Vextra", "acquires", "Finch Labs"),
        },
        {
            ("Vextra", "acquires", "Axios"),
        },
    ),
    (
        "cloud_company_as_an_object_and_teams_led",
        '"Orders have been strong," Dana Reyes, chief executive of AWS, told '
        "analysts. Omar Lee led the Samsung engineering groups behind the Galaxy "
        "phones.",
        {
            ("Dana Reyes", "leads", "Amazon Web Services"),
        },
        {
            ("Omar Lee", "leads", "Samsung"),
        },
    ),
    (
        "owners_of_a_joint_venture_invest_in_it",
        "Oracle, MGX, SoftBank and OpenAI have joined forces to launch the Stargate Project. "
        "xAI built Colossus in Memphis.",
        {
            ("Oracle", "invests_in", "Stargate"),
            ("MGX", "invests_in", "Stargate"),
            ("Oracle", "partners_with", "OpenAI"),
            ("xAI", "develops", "Colossus"),
        },
        {("OpenAI", "develops", "Stargate"), ("Oracle", "develops", "Stargate")},
    ),
    (
        "a_comma_list_without_and",
        "Baichuan raises US$700 million from Alibaba, Tencent, Xiaomi",
        {
            ("Alibaba", "invests_in", "Baichuan"),
            ("Tencent", "invests_in", "Baichuan"),
            ("Xiaomi", "invests_in", "Baichuan"),
        },
        {("Tencent", "invests_in", "Alibaba")},
    ),
    (
        "led_by_a_new_chief_in_a_passive",
        "Zentrix said on Monday that the company would now be led by a new chief "
        "executive, Omar Lee.",
        {
            ("Omar Lee", "leads", "Zentrix"),
        },
        set(),
    ),
    (
        "ai_startup_read_as_a_noun",
        "Vextra is topping up its $2 billion investment in AI startup Quillon with a "
        "further $1 billion. Omar Lee has been appointed CEO of his artificial "
        "intelligence startup Brightwave Labs.",
        {
            ("Omar Lee", "leads", "Brightwave Labs"),
            ("Vextra", "invests_in", "Quillon"),
        },
        set(),
    ),
    (
        "a_race_among_listed_rivals",
        "Mistral and rival start-ups such as Cohere, as well as larger tech groups "
        "including Amazon and Apple, have been locked in a tight contest to build "
        "frontier models.",
        {
            ("Mistral AI", "competes_with", "Amazon"),
            ("Mistral AI", "competes_with", "Apple"),
            ("Mistral AI", "competes_with", "Cohere"),
        },
        set(),
    ),
    (
        "suits_by_participle_and_taken_to_court",
        "Musk's xAI has filed a lawsuit accusing Apple and OpenAI of colluding. Reddit has "
        "taken Anthropic to court over scraping. Microsoft took over Activision in 2023.",
        {
            ("xAI", "sues", "Apple"),
            ("xAI", "sues", "OpenAI"),
            ("Reddit", "sues", "Anthropic"),
            ("Microsoft", "acquires", "Activision Blizzard"),
        },
        {("Reddit", "acquires", "Anthropic"), ("xAI", "subsidiary_of", "Elon Musk")},
    ),
    (
        "announcing_a_named_model",
        "Google announced Gemini 2.5 Pro on Tuesday. Microsoft announced a partnership with "
        "OpenAI.",
        {("Google", "develops", "Gemini 2.5 Pro"), ("Microsoft", "partners_with", "OpenAI")},
        {("Microsoft", "develops", "OpenAI")},
    ),
    (
        "rivals_those_of_several",
        "DeepSeek's model rivals those of OpenAI and Google.",
        {("DeepSeek", "competes_with", "OpenAI"), ("DeepSeek", "competes_with", "Google")},
        set(),
    ),
    (
        "its_use_of_and_preloading",
        "Anthropic expanded its use of Google Cloud TPUs. Samsung will preload Perplexity on "
        "its Galaxy phones. The company plans to reduce its use of Nvidia chips.",
        {("Anthropic", "uses", "TPU"), ("Galaxy", "integrates", "Perplexity")},
        {("Samsung", "uses", "Nvidia"), ("Anthropic", "uses", "Nvidia")},
    ),
    (
        "a_capitalised_title_counts_whole",
        '"We see this as an opportunity," Kevin Scott, Microsoft\'s Chief Technology Officer, '
        'said. "It is a good day," Satya Nadella, Microsoft\'s Chief Executive Officer, said.',
        {("Satya Nadella", "leads", "Microsoft")},
        {("Kevin Scott", "leads", "Microsoft")},
    ),
    (
        "buying_idioms",
        "Zentrix also brought Lyon-based Quillon and Austin-based Halvex into the "
        "fold in 2023. Intel snapped up Nimbus Labs for $90 million. Tessaly "
        "introduced Pinecrest Robotics, a new subsidiary created to make drones.",
        {
            ("Intel", "acquires", "Nimbus Labs"),
            ("Pinecrest Robotics", "subsidiary_of", "Tessaly"),
            ("Zentrix", "acquires", "Halvex"),
            ("Zentrix", "acquires", "Quillon"),
        },
        set(),
    ),
    (
        "a_model_that_beats_rival_models",
        "Google unveiled Gemini 3 and said it surpasses rivals such as GPT-5 and Claude Opus "
        "4.5. Google said it competes with OpenAI.",
        {
            ("Gemini 3", "competes_with", "GPT-5"),
            ("Gemini 3", "competes_with", "Claude Opus 4.5"),
            ("Google", "competes_with", "OpenAI"),
        },
        {("Google", "competes_with", "GPT-5")},
    ),
    (
        "them_is_the_owner_of_the_things_named",
        "Vextra makes robots. Although Nvidia's processors lead the market for model "
        "training, newer firms like Cerebras and Groq have challenged them over "
        "latency.",
        {
            ("Cerebras", "competes_with", "Nvidia"),
            ("Groq", "competes_with", "Nvidia"),
        },
        {
            ("Groq", "competes_with", "Vextra"),
        },
    ),
    (
        "case_names_and_lawsuits_from",
        "In the case, Thomson Reuters v. Ross Intelligence, the judge ruled for the plaintiff. "
        "OpenAI faces lawsuits from authors and newspapers, including The New York Times.",
        {
            ("Thomson Reuters", "sues", "Ross Intelligence"),
            ("New York Times", "sues", "OpenAI"),
        },
        {("Ross Intelligence", "sues", "Thomson Reuters"), ("OpenAI", "sues", "New York Times")},
    ),
    (
        "possessors_in_a_mixed_list",
        "The lineup included Acme's Orion-2, Nimbus-V2, and Quanta's Lyra-4. Google's Gemini "
        "and Anthropic's Claude compete.",
        {
            ("Acme", "develops", "Orion-2"),
            ("Quanta", "develops", "Lyra-4"),
            ("Google", "develops", "Gemini"),
            ("Anthropic", "develops", "Claude"),
        },
        {
            ("Acme", "develops", "Lyra-4"),
            ("Acme", "develops", "Nimbus-V2"),
            ("Quanta", "develops", "Orion-2"),
            ("Anthropic", "subsidiary_of", "Google"),
        },
    ),
    (
        "tapped_to_host_is_no_reverse_use",
        "Quillmark taps Google Cloud to host its Echo models.",
        {("Quillmark", "uses", "Google Cloud")},
        {("Echo", "uses", "Quillmark")},
    ),
    (
        "deal_for_computing_power",
        "Lumora signed a $10 billion deal with Oracle for computing power.",
        {("Lumora", "uses", "Oracle")},
        {("Oracle", "uses", "Lumora")},
    ),
    (
        "agreement_for_capacity_hung_on_the_partner",
        "Lumora inked an agreement with CoreWeave for GPU capacity.",
        {("Lumora", "uses", "CoreWeave")},
        {("CoreWeave", "uses", "Lumora")},
    ),
    (
        "ordered_chips_from_a_maker",
        "Quillmark ordered 50,000 Blackwell chips from Nvidia.",
        {("Quillmark", "uses", "Nvidia")},
        {("Nvidia", "uses", "Quillmark")},
    ),
    (
        "settled_a_case_brought_by",
        "Lumora settled a copyright case brought by Vextant. The court heard the case on Monday.",
        {("Vextant", "sues", "Lumora")},
        {("Lumora", "sues", "Vextant")},
    ),
    (
        "under_its_ceo",
        "Quillmark sells chips. Under chief executive Priya Natarajan, the company doubled "
        "its revenue. Under CEO Omar Haddad, Vextant has expanded into Asia.",
        {("Priya Natarajan", "leads", "Quillmark"), ("Omar Haddad", "leads", "Vextant")},
        {("Priya Natarajan", "leads", "Vextant"), ("Omar Haddad", "leads", "Quillmark")},
    ),
    (
        "funding_from_is_no_product_origin",
        "Lumora got funding from Alibaba and Tencent in its latest round.",
        {("Alibaba", "invests_in", "Lumora"), ("Tencent", "invests_in", "Lumora")},
        {("Alibaba", "develops", "Lumora"), ("Tencent", "develops", "Lumora")},
    ),
    (
        "owner_of_an_investing_arm_is_not_the_round",
        "Nvidia's venture arm, NVentures, joined the round.",
        {("NVentures", "subsidiary_of", "Nvidia")},
        {("NVentures", "invests_in", "Nvidia")},
    ),
    (
        "with_investors_leading_and_participating",
        "Vextant raised $20 million in seed funding, with Accel leading and Index Ventures "
        "participating. Quillmark closed a $75 million Series A, with Andreessen Horowitz "
        "leading. Lumora partnered with Norvane, with Greylock leading the effort.",
        {
            ("Accel", "invests_in", "Vextant"),
            ("Index Ventures", "invests_in", "Vextant"),
            ("Andreessen Horowitz", "invests_in", "Quillmark"),
        },
        {("Greylock", "invests_in", "Lumora"), ("Accel", "invests_in", "Quillmark")},
    ),
    (
        "company_word_after_a_known_company",
        "A group of outlets including Daily Ledger, Forbes Media and Politico are suing Lumora.",
        {("Forbes Media", "sues", "Lumora"), ("Politico", "sues", "Lumora")},
        {("Media", "sues", "Lumora"), ("Forbes", "sues", "Lumora")},
    ),
    (
        "short_titles_before_names",
        "COO Mia Torres and CTO Liam Park were named interim co-CEOs of Norvane.",
        {("Mia Torres", "leads", "Norvane"), ("Liam Park", "leads", "Norvane")},
        {("COO Mia Torres", "leads", "Norvane")},
    ),
    (
        "numbered_round_label",
        "Lumora's valuation rose after Alibaba and Tencent invested in the startup's Series "
        "B3 round.",
        {("Alibaba", "invests_in", "Lumora"), ("Tencent", "invests_in", "Lumora")},
        {("Alibaba", "invests_in", "Series"), ("Lumora", "develops", "B3")},
    ),
    (
        "wire_service_in_a_dateline",
        "March 14 (Reuters) - Tessaly, a robotics firm, said on Tuesday that it had "
        "closed a $95 million financing from investors such as Nvidia and Oracle.",
        {
            ("Nvidia", "invests_in", "Tessaly"),
            ("Oracle", "invests_in", "Tessaly"),
        },
        {
            ("Nvidia", "invests_in", "Reuters"),
            ("Oracle", "invests_in", "Reuters"),
        },
    ),
    (
        "place_possessive_not_given_to_a_described_conjunct",
        "Reports said Japan's SoftBank Group and VC firms Kestrel Ventures are among the "
        "backers of its latest round.",
        set(),
        {("Kestrel Ventures", "based_in", "Japan"), ("VC", "based_in", "Japan")},
    ),
    (
        "holding_after_a_known_company",
        "China's Alibaba Group Holding has entered into a strategic partnership with Apple. "
        "Lumora counts Tencent Holdings among its backers.",
        {
            ("Alibaba", "partners_with", "Apple"),
            ("Alibaba", "based_in", "China"),
            ("Tencent", "invests_in", "Lumora"),
        },
        {("Holding", "partners_with", "Apple"), ("Holding", "based_in", "China")},
    ),
    (
        "funding_led_and_joined_by",
        "Quillon's round was headed by Japan's Pinecrest Capital and joined by other "
        "backers including Osprey Partners, Finch Ventures and Harmon Capital.",
        {
            ("Finch Ventures", "invests_in", "Quillon"),
            ("Harmon Capital", "invests_in", "Quillon"),
            ("Osprey Partners", "invests_in", "Quillon"),
            ("Pinecrest Capital", "invests_in", "Quillon"),
        },
        {
            ("Finch Ventures", "partners_with", "Osprey Partners"),
        },
    ),
    (
        "bare_participated_after_a_round",
        "Lumora raised $100 million in a Series A round. Additionally, Japanese firms Sony, "
        "NTT and KDDI participated. Vextant hosted a conference. Intel participated.",
        {
            ("Sony", "invests_in", "Lumora"),
            ("NTT", "invests_in", "Lumora"),
            ("KDDI", "invests_in", "Lumora"),
        },
        {("Intel", "invests_in", "Vextant"), ("Intel", "invests_in", "Lumora")},
    ),
    (
        "hyphenated_ex_title",
        "Its founding team includes Yan Lei, ex-president of Korvath.",
        set(),
        {("Yan Lei", "leads", "Korvath")},
    ),
    (
        "placed_in_competition_with_a_list",
        "The move places Vextant in direct competition with industry giants like Google and "
        "Microsoft.",
        {("Vextant", "competes_with", "Google"), ("Vextant", "competes_with", "Microsoft")},
        {("Google", "competes_with", "Microsoft")},
    ),
    (
        "several_subjects_in_a_race",
        "Halvex, Kestrel and Osprey have been in a heated race for enterprise "
        "customers. Tessaly and Norvik are in competition with Amazon.",
        {
            ("Halvex", "competes_with", "Kestrel"),
            ("Kestrel", "competes_with", "Osprey"),
            ("Norvik", "competes_with", "Amazon"),
            ("Tessaly", "competes_with", "Amazon"),
        },
        {
            ("Tessaly", "competes_with", "Norvik"),
        },
    ),
    (
        "some_of_its_licensees_is_no_one",
        "SoftBank controls Arm. Arm is building its own processor, a move that could put it in "
        "competition with some of its own licensees.",
        set(),
        {("Arm", "competes_with", "SoftBank")},
    ),
    (
        "rivals_shown_by_examples",
        "The deal was a way for Quillmark to better compete against its rivals, most notably "
        "Lumora. The startup Norvane competes with the likes of Google and Meta.",
        {
            ("Quillmark", "competes_with", "Lumora"),
            ("Norvane", "competes_with", "Google"),
            ("Norvane", "competes_with", "Meta"),
        },
        set(),
    ),
    (
        "rival_named_in_a_clause_of_its_own",
        "Intel is struggling to catch the AI boom that has propelled rival Nvidia to dominance.",
        {("Intel", "competes_with", "Nvidia")},
        set(),
    ),
    (
        "second_partner_hung_on_the_verb",
        "Lumora is collaborating with Broadcom and TSMC to develop its first custom chip.",
        {("Lumora", "partners_with", "Broadcom"), ("Lumora", "partners_with", "TSMC")},
        set(),
    ),
    (
        "cloud_partnership_is_use_of_the_seller",
        "The agreement complements Lumora's five-year, $300 billion cloud partnership with "
        "Oracle. CoreWeave signed a cloud deal with Quillmark.",
        {
            ("Lumora", "uses", "Oracle"),
            ("Lumora", "partners_with", "Oracle"),
            ("Quillmark", "uses", "CoreWeave"),
        },
        {("Oracle", "uses", "Lumora"), ("CoreWeave", "uses", "Quillmark")},
    ),
    (
        "developing_together",
        "Orbit said it plans to create AI tools for Brazil with payments app operator "
        "Harmon. Qualcomm is building its own laptop chip, reportedly with Dell "
        "signed up as a first customer. Tessaly trains models with AMD chips.",
        {
            ("Orbit", "partners_with", "Harmon"),
        },
        {
            ("Qualcomm", "partners_with", "Dell"),
            ("Tessaly", "partners_with", "AMD"),
        },
    ),
    (
        "officer_announcing_for_the_company",
        "Tessaly Chief Executive Ana Ruiz unveiled a partnership with Japan's "
        "SoftBank Group on Friday. Kestrel raised funds. A month later, Nvidia chief "
        "executive Jensen Huang revealed plans to put $300mn into the company. OpenAI "
        "CEO Sam Altman has also invested in Helion.",
        {
            ("Nvidia", "invests_in", "Kestrel"),
            ("Sam Altman", "invests_in", "Helion Energy"),
            ("Tessaly", "partners_with", "SoftBank"),
        },
        {
            ("Ana Ruiz", "partners_with", "SoftBank"),
            ("Jensen Huang", "invests_in", "Nvidia"),
            ("OpenAI", "invests_in", "Helion Energy"),
        },
    ),
    (
        "suit_filed_by_a_described_plaintiff_against",
        "The court will hear the lawsuit filed by Orbis Media, a Mumbai-based news agency, "
        "against Lumora.",
        {("Orbis Media", "sues", "Lumora"), ("Orbis Media", "based_in", "Mumbai")},
        {("Lumora", "sues", "Orbis Media")},
    ),
    (
        "joined_forces_to_found",
        "Dana Reyes has joined forces with former colleague Tom Hale to establish Vextant, a "
        "startup based in Oslo.",
        {("Vextant", "founded_by", "Dana Reyes"), ("Vextant", "founded_by", "Tom Hale")},
        set(),
    ),
    (
        "supplier_of_a_named_customer",
        "Tessaly, Quillmark's biggest supplier, raised money. Norvane is a major supplier to "
        "Lumora. Samsung has become the first Google Cloud partner to deploy Gemini.",
        {("Quillmark", "uses", "Tessaly"), ("Lumora", "uses", "Norvane")},
        {("Google Cloud", "uses", "Samsung"), ("Tessaly", "uses", "Quillmark")},
    ),
    (
        "a_closed_past_period_has_ended",
        "From 2009 to 2021, Ben Ortiz served as CEO of Tessaly. Mia Torres was CEO of Norvane "
        "from 2015 to 2019. Liam Park has been CEO of Korvath since 2019.",
        {("Liam Park", "leads", "Korvath")},
        {("Ben Ortiz", "leads", "Tessaly"), ("Mia Torres", "leads", "Norvane")},
    ),
    (
        "a_tenure_told_as_a_period",
        "Emad Mostaque founded Stability AI. Mostaque has attracted controversy during his time "
        "as CEO. During his tenure as chief executive of Norvane, Ben Ortiz doubled revenue.",
        {("Stability AI", "founded_by", "Emad Mostaque")},
        {("Emad Mostaque", "leads", "Stability AI"), ("Ben Ortiz", "leads", "Norvane")},
    ),
    (
        "challenging_a_defense_is_no_rivalry",
        "Publishers sued Lumora. They challenge the AI company's fair use defense by showing "
        "copies. Quillmark challenges Lumora's dominance in search.",
        {("Quillmark", "competes_with", "Lumora")},
        {("Lumora", "competes_with", "Publishers")},
    ),
    (
        "a_court_is_no_party",
        "The trial between Arm and Qualcomm kicked off today in Delaware District Court. It "
        "comes two years after Arm first filed suit against one of its largest customers. "
        "Vextant filed suit in the Oslo District Court against Norvane.",
        {("Vextant", "sues", "Norvane")},
        {("Arm", "sues", "District Court"), ("Arm", "sues", "Delaware District Court")},
    ),
    (
        "noun_before_an_unknown_name_says_what_it_is",
        "Finch operates Mexico's largest ride-hailing app Rydo, which controls 85 "
        "percent of the market.",
        set(),
        {
            ("Rydo", "based_in", "Mexico"),
        },
    ),
    (
        "effort_to_challenge_a_rival",
        "The deal marks Quillmark's latest effort to challenge Lumora's dominance in the chip "
        "market.",
        {("Quillmark", "competes_with", "Lumora")},
        set(),
    ),
    (
        "clients_of_a_supplier",
        "Vextant, based in Helsinki, creates AI solutions for blue-chip clients, including "
        "Philips, Rolls-Royce and Unilever.",
        {
            ("Philips", "uses", "Vextant"),
            ("Rolls-Royce", "uses", "Vextant"),
            ("Unilever", "uses", "Vextant"),
        },
        {("Vextant", "uses", "Philips")},
    ),
    (
        "round_from_investors_including",
        "Vextant, a rival to Lumora, is close to finalizing a funding round of approximately "
        "€450 million from investors including Nvidia Corp. and Salesforce Inc.",
        {("Nvidia", "invests_in", "Vextant"), ("Salesforce", "invests_in", "Vextant")},
        {("Nvidia", "invests_in", "Lumora")},
    ),
    (
        "investors_brought_in_and_early_supporters",
        "Halvex has already roped in backers like Qiming Venture Partners, HongShan "
        "and Matrix Partners in earlier funding rounds. Lightspeed Venture Partners, "
        "which was an early backer of Tessaly in 2020, led the latest round. Tessaly "
        "also brought in Amazon as a strategic partner.",
        {
            ("HongShan", "invests_in", "Halvex"),
            ("Lightspeed Venture Partners", "invests_in", "Tessaly"),
            ("Matrix Partners", "invests_in", "Halvex"),
            ("Qiming Venture Partners", "invests_in", "Halvex"),
        },
        {
            ("Amazon", "invests_in", "Tessaly"),
        },
    ),
    (
        "bare_founder_title_and_chained_titles",
        "Founder Dana Reyes said the startup trains its own navigation models "
        "in-house. Omar Lee, a co-founder and chief technology officer of Quillon, "
        "moved to Google.",
        set(),
        {
            ("Google", "founded_by", "Omar Lee"),
        },
    ),
    (
        "buying_read_as_a_noun_and_chips_described_by_a_clause",
        "The arrangement will include Lumora buying as many as one million Tensor Processing "
        "Units (TPUs), which are chips custom-designed by Google.",
        {("Lumora", "uses", "TPU"), ("Google", "develops", "TPU")},
        set(),
    ),
    (
        "fronted_participle_names_the_clause_subject",
        "Lumora makes chatbots. Backed by Amazon, it quickly joined the major players in "
        "generative AI. Acquired by Google in 2014, Vextant now leads its research.",
        {("Amazon", "invests_in", "Lumora"), ("Google", "acquires", "Vextant")},
        set(),
    ),
    (
        "as_an_alternative_and_capitalised_common_nouns",
        "Cloud companies are increasingly turning to Vextant as an alternative to Nvidia's "
        "dominant GPU lineup. Analysts see Lumora as a serious rival to Quillmark.",
        {("Vextant", "competes_with", "Nvidia"), ("Lumora", "competes_with", "Quillmark")},
        {("Cloud", "competes_with", "Nvidia")},
    ),
    (
        "emerged_as_a_competitor_and_racing_against",
        "Lumora's Orbit has emerged as a strong competitor to ChatGPT. Quillmark is racing "
        "against OpenAI and Google to build agents.",
        {
            ("Orbit", "competes_with", "ChatGPT"),
            ("Quillmark", "competes_with", "OpenAI"),
            ("Quillmark", "competes_with", "Google"),
        },
        set(),
    ),
    (
        "its_own_is_the_subject_itself",
        "Quillmark released a model called Tessel. Unlike its rivals Norvane and Vextant, "
        "Lumora makes its own chips.",
        {("Norvane", "competes_with", "Lumora"), ("Quillmark", "develops", "Tessel")},
        {
            ("Lumora", "develops", "Tessel"),
            ("Lumora", "develops", "Vextant"),
            ("Lumora", "develops", "Quillmark"),
        },
    ),
    (
        "function_chiefs_and_former_titles_in_apposition",
        "Quillmark's AI chief Ben Ortiz said the model would ship soon. Ann Lee, the former "
        "Norvane CEO who now runs Vextant, spoke. Silo AI's CEO Peter Sarlin will stay.",
        {("Ann Lee", "leads", "Vextant"), ("Peter Sarlin", "leads", "Silo AI")},
        {("Ben Ortiz", "leads", "Quillmark"), ("Norvane", "leads", "Vextant")},
    ),
    (
        "its_rival_named_after",
        "Lumora raised money. Its rival Quillmark, based in Berlin, did too.",
        {("Quillmark", "competes_with", "Lumora"), ("Quillmark", "based_in", "Berlin")},
        set(),
    ),
    (
        "two_parties_sign_a_compute_deal",
        "Earlier this year, Lumora and AMD signed a multi-gigawatt compute deal to power future "
        "models. Norvane and Quillmark signed a cloud deal.",
        {("Lumora", "uses", "AMD")},
        {
            ("AMD", "uses", "Lumora"),
            ("Norvane", "uses", "Quillmark"),
            ("Quillmark", "uses", "Norvane"),
        },
    ),
    (
        "name_tagged_as_punctuation_and_positions_itself",
        "Tuesday also brought word that analytics company Vextra was acquiring "
        "machine learning startup Quillon for $900 million. Cohere presents itself as "
        "a challenger to Anthropic.",
        {
            ("Cohere", "competes_with", "Anthropic"),
            ("Vextra", "acquires", "Quillon"),
        },
        set(),
    ),
    (
        "accused_in_a_lawsuit_through_phrases",
        "Quillmark accused Lumora of stealing trade secrets in a lawsuit filed Monday. In a "
        "complaint filed in San Francisco, Vextant alleges that Norvane copied its code. "
        "Korvath was hit with a class action by artists including Kelly Park and Sam Lee.",
        {
            ("Quillmark", "sues", "Lumora"),
            ("Vextant", "sues", "Norvane"),
            ("Kelly Park", "sues", "Korvath"),
            ("Sam Lee", "sues", "Korvath"),
        },
        {("Lumora", "sues", "Quillmark"), ("Norvane", "sues", "Vextant")},
    ),
    (
        "shares_held_in_a_company",
        "The Schwarz Group is buying Bosch's shares in Aleph Alpha. Lumora bought Nvidia "
        "shares last year.",
        {("Schwarz Group", "invests_in", "Aleph Alpha"), ("Lumora", "invests_in", "Nvidia")},
        {("Schwarz Group", "invests_in", "Bosch")},
    ),
    (
        "participle_describes_the_first_name_only",
        "The round was led by Osprey Partners, known for backing robotics firms such "
        "as Finch Labs, and Halvex Ventures, which was an early investor in Tessaly. "
        "Backers like Pinecrest Capital and Harmon, who put capital into Brightwave, "
        "are pleased.",
        {
            ("Halvex Ventures", "invests_in", "Tessaly"),
            ("Harmon", "invests_in", "Brightwave"),
            ("Osprey Partners", "invests_in", "Finch Labs"),
            ("Pinecrest Capital", "invests_in", "Brightwave"),
        },
        {
            ("Halvex Ventures", "invests_in", "Finch Labs"),
        },
    ),
    (
        "built_with_a_model_and_paying_for_capacity",
        "Quillmark's assistant is built with Lumora's Orbit model. Norvane said it would pay "
        "Oracle $30 billion a year for cloud capacity. Vextant built the chip with TSMC.",
        {
            ("Quillmark", "uses", "Orbit"),
            ("Lumora", "develops", "Orbit"),
            ("Norvane", "uses", "Oracle"),
        },
        {("Oracle", "uses", "Norvane"), ("Vextant", "uses", "TSMC")},
    ),
    (
        "chips_bought_from_their_maker_and_a_share_bought",
        "Quillmark bought Nvidia GPUs worth $1 billion. Norvane ordered thousands of AMD "
        "chips. Vextant bought 10% of Lumora. Korvath acquired Tessaly's chip unit.",
        {
            ("Quillmark", "uses", "Nvidia"),
            ("Norvane", "uses", "AMD"),
            ("Vextant", "invests_in", "Lumora"),
        },
        {("Vextant", "acquires", "Lumora"), ("Korvath", "uses", "Tessaly")},
    ),
    (
        "taking_aim_an_answer_to_and_trying_to_catch_up",
        "Lumora is taking aim at Quillmark with a cheaper model. Orbit is Lumora's answer to "
        "ChatGPT. Cohere is trying to catch up to OpenAI.",
        {
            ("Lumora", "competes_with", "Quillmark"),
            ("Orbit", "competes_with", "ChatGPT"),
            ("Cohere", "competes_with", "OpenAI"),
        },
        set(),
    ),
    (
        "launching_a_product_or_a_company",
        "Lumora launched Orbit to rival ChatGPT. Dana Reyes launched Norvane in 2020.",
        {
            ("Lumora", "develops", "Orbit"),
            ("Norvane", "founded_by", "Dana Reyes"),
            ("Orbit", "competes_with", "ChatGPT"),
        },
        {
            ("Orbit", "founded_by", "Lumora"),
            ("Dana Reyes", "develops", "Norvane"),
            ("Lumora", "competes_with", "ChatGPT"),
        },
    ),
    (
        "officer_of_a_relation_noun_is_not_the_subjects",
        "Lumora was founded by engineers who felt their employer, led by CEO Dana Reyes, "
        "moved too fast. Quillmark raised money. The company, led by CEO Omar Haddad, "
        "sells robots.",
        {("Omar Haddad", "leads", "Quillmark")},
        {("Dana Reyes", "leads", "Lumora")},
    ),
    (
        "possessive_does_not_reach_a_listed_known_company",
        "The lab was started by researchers from Alphabet's DeepMind and Meta Platforms. "
        "Alphabet's Google and Waymo hired engineers. Quillmark tested Google's Gemini and "
        "ChatGPT.",
        {
            ("Google DeepMind", "subsidiary_of", "Alphabet"),
            ("Waymo", "subsidiary_of", "Alphabet"),
            ("Google", "develops", "Gemini"),
        },
        {("Meta", "subsidiary_of", "Alphabet"), ("Google", "develops", "ChatGPT")},
    ),
    (
        "launched_kind_noun_then_name_after_comma",
        "Japanese gaming firm Zentrix launched its newest language model, Kestrel-3, "
        "on Monday. Halvex unveiled a new assistant, Finchwire reported.",
        {
            ("Zentrix", "develops", "Kestrel-3"),
        },
        {
            ("Halvex", "develops", "Finchwire"),
        },
    ),
    (
        "second_example_group_hung_on_the_first_list",
        "The funding places Lumora in direct competition with giants like Google, "
        "Microsoft and OpenAI, as well as younger startups like Cohere and Anthropic.",
        {
            ("Lumora", "competes_with", "Google"),
            ("Lumora", "competes_with", "Cohere"),
            ("Lumora", "competes_with", "Anthropic"),
        },
        {("Google", "competes_with", "Cohere")},
    ),
    (
        "investing_vehicles_and_their_owners",
        "Brightwave took funding from Halvex Ventures, part of Aramco's corporate "
        "investment arm. The following spring, OpenAI's startup fund also made an "
        "investment in Orbit Robotics.",
        {
            ("Halvex Ventures", "invests_in", "Brightwave"),
            ("Halvex Ventures", "subsidiary_of", "Saudi Aramco"),
            ("OpenAI", "invests_in", "Orbit Robotics"),
        },
        set(),
    ),
    (
        "company_behind_companies_and_a_venture_between",
        "The Halvorsen Group, which is behind the discounters Fjordmart and Kestrel, bought "
        "the shares. Korean firms will join the Stargate project, a venture between OpenAI "
        "and Oracle. Google's cloud ranks third behind Amazon and Microsoft.",
        {
            ("Fjordmart", "subsidiary_of", "Halvorsen Group"),
            ("Kestrel", "subsidiary_of", "Halvorsen Group"),
            ("OpenAI", "invests_in", "Stargate"),
            ("Oracle", "invests_in", "Stargate"),
        },
        {("Amazon", "subsidiary_of", "Google"), ("Microsoft", "subsidiary_of", "Google")},
    ),
    (
        "united_forces_to_establish",
        "A former Google researcher, Dana Reyes, has united forces with ex-colleague Omar "
        "Haddad to establish Tessaly, a startup headquartered in Tokyo.",
        {("Tessaly", "founded_by", "Dana Reyes"), ("Tessaly", "founded_by", "Omar Haddad")},
        set(),
    ),
    (
        "supply_told_by_turning_leaning_mixing_and_powering",
        "Lumora turned to Google for the model behind its assistant. Tessaly leans heavily "
        "on Nvidia for its chips. Quillmark uses a mix of AMD and Nvidia chips. Nvidia's "
        "GPUs will power Norvane's new supercomputer. Korvath turned to growth after the "
        "merger.",
        {
            ("Lumora", "uses", "Google"),
            ("Tessaly", "uses", "Nvidia"),
            ("Quillmark", "uses", "AMD"),
            ("Quillmark", "uses", "Nvidia"),
            ("Norvane", "uses", "Nvidia"),
        },
        set(),
    ),
    (
        "another_companys_round_in_the_same_sentence",
        "Lumora raised $2 billion, weeks after rival Tessaly closed a round led by SoftBank. "
        "Nvidia has invested in more than 50 startups this year, including Quillmark.",
        {("SoftBank", "invests_in", "Tessaly"), ("Nvidia", "invests_in", "Quillmark")},
        {("SoftBank", "invests_in", "Lumora")},
    ),
    (
        "contender_against",
        "Lumora has emerged as a serious contender against OpenAI. Tessaly is a contender "
        "for the title.",
        {("Lumora", "competes_with", "OpenAI")},
        set(),
    ),
    (
        "which_right_after_the_name_of_an_of_phrase",
        "Microsoft is a major partner of OpenAI, which primarily uses Microsoft's Azure cloud "
        "to power its various AI models and solutions.",
        {("OpenAI", "uses", "Azure")},
        {("Microsoft", "uses", "Azure")},
    ),
    (
        "one_letter_name_at_a_sentence_end",
        "Li Wei announced he was stepping back from Brightwave AI in a note he shared "
        "on X. He added that the firm's co-founder, Ana Ruiz, planned to remain.",
        {
            ("Brightwave AI", "founded_by", "Ana Ruiz"),
        },
        {
            ("X Corp", "founded_by", "Ana Ruiz"),
        },
    ),
    (
        "one_letter_name_used_again",
        "Lumora said it has acquired X, the social network, in an all-stock deal. Orbit, the "
        "chatbot built by Lumora, is already built into X and Telegram.",
        {("X", "integrates", "Orbit"), ("Lumora", "acquires", "X")},
        set(),
    ),
    (
        "kind_noun_before_a_split_name_and_a_firm_read_as_adjective",
        "Google is adding $2 billion to its earlier $1 billion investment in "
        "artificial intelligence startup Tessaly. Brightwave AI saw its chief "
        "executive depart on Tuesday. Li Wei will serve as interim chief executive of "
        "the firm, starting at once.",
        {
            ("Google", "invests_in", "Tessaly"),
            ("Li Wei", "leads", "Brightwave AI"),
        },
        set(),
    ),
    (
        "a_company_tagged_as_a_person_does_not_leave",
        "In a groundbreaking move for the future of artificial intelligence (AI), Oracle, MGX, "
        "SoftBank, and OpenAI have joined forces to launch the Stargate Project, a massive "
        "$500 billion initiative.",
        {("Oracle", "invests_in", "Stargate"), ("SoftBank", "invests_in", "Stargate")},
        set(),
    ),
    (
        "hired_officer_and_the_post_a_hire_is_for",
        "Intel agreed to license chip designs from startup Osprey and hire its chief "
        "executive, Omar Lee. Amazon hired Pinecrest cofounder Ana Ruiz to be the CEO "
        "of its new robotics unit, Amazon Robotics.",
        {
            ("Amazon Robotics", "subsidiary_of", "Amazon"),
            ("Ana Ruiz", "leads", "Amazon Robotics"),
        },
        {
            ("Amazon Robotics", "subsidiary_of", "Pinecrest"),
            ("Omar Lee", "leads", "Osprey"),
        },
    ),
    (
        "corporate_suffix_after_a_comma_and_a_company_word_after_a_known_name",
        "On Wednesday, media group Halvex Media's units Pinecrest & Company and "
        "Kestrel Holdings, Inc. together sued Vextra. The complaint, supported by "
        "Osprey Music Entertainment, Sony Music Group Recordings, and Finch Records, "
        "is aimed at Quillon.",
        {
            ("Kestrel Holdings", "subsidiary_of", "Halvex Media"),
            ("Kestrel Holdings", "sues", "Vextra"),
        },
        {
            ("Inc.", "sues", "Vextra"),
            ("Recordings", "sues", "Quillon"),
        },
    ),
    (
        "long_example_list_broken_by_an_apposition",
        "Big chip buyers and fast-growing model labs, including Dell, Google, Meta, "
        "Oracle, Tesla, Vextra, and xAI, are set to adopt Blackwell after its "
        "release. The round was headed by Kestrel Capital, famed for backing AI firms "
        "such as Mistral, and Osprey Ventures, an early supporter of Anthropic.",
        {
            ("Google", "uses", "Blackwell"),
            ("Tesla", "uses", "Blackwell"),
            ("xAI", "uses", "Blackwell"),
        },
        {
            ("Kestrel Capital", "invests_in", "Osprey Ventures"),
        },
    ),
    (
        "titles_and_descriptions_the_parser_misreads",
        "DeepSeek said it spent little, according to Anthropic CEO Dario Amodei. The deal "
        "cements Anthropic as a major rival to OpenAI. Another player is Salesforce, which "
        "has also invested not only in Lumora but in Cohere, yet another rival to OpenAI. "
        "Morgan Stanley co-presidents Andy Saperstein and Dan Simkowitz notified employees "
        "of the appointment in a memo on Thursday.",
        {
            ("Dario Amodei", "leads", "Anthropic"),
            ("Anthropic", "competes_with", "OpenAI"),
            ("Cohere", "competes_with", "OpenAI"),
            ("Andy Saperstein", "leads", "Morgan Stanley"),
            ("Dan Simkowitz", "leads", "Morgan Stanley"),
        },
        {("Dario Amodei", "leads", "DeepSeek"), ("Salesforce", "competes_with", "OpenAI")},
    ),
    (
        "data_scraping_is_no_scrapped_deal",
        "The forum site Pinecrest is suing Anthropic, alleging it unlawfully scraped "
        "thousands of member posts to train its assistant, Claude. Vextra scrapped "
        "its bid for Osprey AI.",
        {
            ("Anthropic", "develops", "Claude"),
            ("Pinecrest", "sues", "Anthropic"),
        },
        {
            ("Vextra", "acquires", "Osprey AI"),
        },
    ),
    (
        "launches_receipts_and_lists_of_rivals",
        "The launch will put the Gemini lineup up against rivals including Meta, OpenAI, "
        "Anthropic and Elon Musk's xAI. It comes years after OpenAI's release of ChatGPT in "
        "2022. In June, Alibaba Cloud open-sourced the model Qwen-7B. Microsoft said it "
        "already received its first Nvidia GB200 chips. Microsoft Azure is the first cloud "
        "running Nvidia's Blackwell system.",
        {
            ("Gemini", "competes_with", "xAI"),
            ("Gemini", "competes_with", "Meta"),
            ("OpenAI", "develops", "ChatGPT"),
            ("Alibaba Cloud", "develops", "Qwen-7B"),
            ("Microsoft", "uses", "GB200"),
            ("Azure", "uses", "Blackwell"),
        },
        {("xAI", "competes_with", "OpenAI"), ("Gemini", "competes_with", "Elon Musk")},
    ),
    (
        "two_names_hung_unjoined_on_one_noun",
        "News Corp's Dow Jones and New York Post units have sued Perplexity AI.",
        {("Dow Jones", "sues", "Perplexity"), ("New York Post", "sues", "Perplexity")},
        set(),
    ),
    (
        "host_products_named_by_purpose_and_availability",
        "For now, Apple will integrate Google's Gemini model to overhaul Siri. Google DeepMind "
        "also unveiled Gemini Pro, which is available right now through Google's Bard chat "
        "app. Its bigger sibling Gemini Ultra is available through a paid tier called Bard "
        "Advanced. Lumora will integrate Gemini to boost its revenue.",
        {
            ("Siri", "integrates", "Gemini"),
            ("Google DeepMind", "develops", "Gemini Pro"),
            ("Bard", "integrates", "Gemini Pro"),
            ("Bard Advanced", "integrates", "Gemini Ultra"),
            ("Lumora", "integrates", "Gemini"),
        },
        {("Apple", "integrates", "Gemini"), ("Advanced", "integrates", "Gemini Ultra")},
    ),
    (
        "capitalised_description_after_a_is_no_name",
        "Lumora Assist is the first chatbot used by a major Wall Street Bank that is powered "
        "by GPT-4.",
        set(),
        {("Wall Street Bank", "uses", "GPT-4")},
    ),
    (
        "operated_app_and_a_venture_hung_further_back",
        "Harmon operates Brazil's leading payments app PayLoop, which holds an 80 "
        "percent share. Li Wei expects several Brazilian firms to help with the "
        "Stargate data center project, a venture between Oracle and OpenAI aimed at "
        "adding AI capacity in Europe.",
        {
            ("Harmon", "develops", "PayLoop"),
            ("OpenAI", "invests_in", "Stargate"),
            ("OpenAI", "partners_with", "Oracle"),
            ("Oracle", "invests_in", "Stargate"),
        },
        set(),
    ),
    (
        "founders_named_in_a_speakers_title",
        "Pricing details were kept private, but Quillon co-founder and chief "
        "technology officer Dana Reyes said the payment combines shares and cash. "
        "Quillon acquired Brightwave. Brightwave stands apart from rival tools, "
        "co-founders Omar Lee, Li Wei and Ana Ruiz told Reuters.",
        {
            ("Brightwave", "founded_by", "Ana Ruiz"),
            ("Brightwave", "founded_by", "Omar Lee"),
            ("Quillon", "founded_by", "Dana Reyes"),
        },
        set(),
    ),
    (
        "examples_hung_on_the_verb_after_a_nested_group_and_a_long_modifier_chain",
        "This strategic move places Lumora in direct competition with titans of the AI "
        "realm, including industry giants like Google, Microsoft, and OpenAI, as well as "
        "burgeoning startups like Cohere and Anthropic. The court will address the lawsuit "
        "filed by ANI Media, a New Delhi-based media company, against OpenAI, the San "
        "Francisco-based artificial intelligence (AI) research organization.",
        {
            ("Lumora", "competes_with", "Microsoft"),
            ("Lumora", "competes_with", "Anthropic"),
            ("OpenAI", "based_in", "San Francisco"),
            ("ANI Media", "based_in", "New Delhi"),
        },
        set(),
    ),
    (
        "rivalry_told_by_pairs_idioms_and_dominance",
        "The OpenAI-Google rivalry has intensified this year. Lumora is gunning for Nvidia's "
        "crown. Tessaly is trying to chip away at Nvidia's lead. Quillmark's chatbot goes up "
        "against ChatGPT. Google trained the model on its own TPU chips. Lumora tried to buy "
        "Orbit AI.",
        {
            ("OpenAI", "competes_with", "Google"),
            ("Lumora", "competes_with", "Nvidia"),
            ("Tessaly", "competes_with", "Nvidia"),
            ("Quillmark", "competes_with", "ChatGPT"),
            ("Google", "develops", "TPU"),
        },
        {("Lumora", "acquires", "Orbit AI")},
    ),
    (
        "chips_made_for_a_company_and_outsourced_production",
        "TSMC makes chips for Lumora. Tessaly outsourced its chip production to Samsung. "
        "Google built Gemini for its phones.",
        {("Lumora", "uses", "TSMC"), ("Tessaly", "uses", "Samsung")},
        set(),
    ),
    (
        "its_in_a_conjunct_and_a_role_noun_before_a_name",
        "The New York Times sued Quillmark AI and its backer Microsoft. Microsoft and its partner "
        "OpenAI were sued.",
        {("Microsoft", "invests_in", "Quillmark AI")},
        {("Microsoft", "invests_in", "New York Times"), ("OpenAI", "subsidiary_of", "Microsoft")},
    ),
    (
        "successor_and_helm",
        "Dana Reyes will succeed Omar Haddad as Quillmark AI's CEO. Mira Chen has been at the "
        "helm of Tessaly Labs since 2020.",
        {("Dana Reyes", "leads", "Quillmark AI"), ("Mira Chen", "leads", "Tessaly Labs")},
        {("Omar Haddad", "leads", "Quillmark AI")},
    ),
    (
        "hands_joined_funding_that_came_from_and_a_bet_on",
        "Quillmark AI joined hands with Tessaly Labs to develop robots. Orbit AI's latest "
        "funding came from Norvik Ventures. Vela Labs doubled down on its bet on Orbit AI. "
        "Nvidia made a big bet on AI.",
        {
            ("Quillmark AI", "partners_with", "Tessaly Labs"),
            ("Norvik Ventures", "invests_in", "Orbit AI"),
            ("Vela Labs", "invests_in", "Orbit AI"),
        },
        set(),
    ),
    (
        "founder_is_a_person",
        "Manus took off this year. The startup was founded by its parent company, "
        "Red Kite, which has offices in Wuhan.",
        {
            ("Manus", "subsidiary_of", "Red Kite"),
        },
        {
            ("Manus", "founded_by", "Red Kite"),
        },
    ),
    (
        "one_way_deal_not_reversed_by_pronouns",
        "Samsung has announced its purchase of Lumora Systems. The British startup makes "
        "graph software. Though it did not reveal the sum it paid to acquire the firm, "
        "the South Korean tech giant said the deal would help its phones.",
        {
            ("Samsung", "acquires", "Lumora Systems"),
        },
        {
            ("Lumora Systems", "acquires", "Samsung"),
        },
    ),
    (
        "venture_arm_not_investor_in_parent",
        '"Samsung Electronics has worked with Lumora on several projects since 2019, '
        'including investment from Samsung Ventures," said Samsung.',
        {
            ("Samsung", "partners_with", "Lumora"),
        },
        {
            ("Samsung Ventures", "invests_in", "Samsung"),
        },
    ),
    (
        "operator_of_product_is_its_maker",
        "Lumio is fighting a lawsuit brought against it by Dow Jones, while the Daily "
        "Ledger has sued the operator of ChatGPT.",
        {
            ("Dow Jones", "sues", "Lumio"),
            ("Daily Ledger", "sues", "OpenAI"),
        },
        {
            ("Lumio", "sues", "Dow Jones"),
            ("Daily Ledger", "sues", "Dow Jones"),
            ("Dow Jones", "develops", "ChatGPT"),
        },
    ),
    (
        "company_reference_founds_nothing",
        "Nimbus is a big chip company. Lumora, a robotics startup, was founded by the "
        "company in 2019.",
        set(),
        {
            ("Lumora", "founded_by", "Nimbus"),
        },
    ),
    (
        "opening_founders_list_before_subject",
        "Founded in 2021 by former Apple scientists Li Wei, Dana Reyes, and Omar Lee, "
        "Halvex AI takes its name from an old word for a steel blade.",
        {
            ("Halvex AI", "founded_by", "Dana Reyes"),
            ("Halvex AI", "founded_by", "Li Wei"),
            ("Halvex AI", "founded_by", "Omar Lee"),
        },
        set(),
    ),
    (
        "participants_after_lead_investor_list",
        "Lumora raised $100 million. The Series B was led by investors including Atomico "
        "and Balderton, with participation from In-Q-Tel.",
        {
            ("Atomico", "invests_in", "Lumora"),
            ("Balderton Capital", "invests_in", "Lumora"),
            ("In-Q-Tel", "invests_in", "Lumora"),
        },
        {
            ("In-Q-Tel", "invests_in", "Atomico"),
        },
    ),
    (
        "chairman_of_the_companys_board",
        "Ahmed Karim, the country's security adviser, serves as the chairman of Lumora's "
        "board. Dana Reyes is chair of the board at Quillfeather.",
        {
            ("Ahmed Karim", "leads", "Lumora"),
            ("Dana Reyes", "leads", "Quillfeather"),
        },
        set(),
    ),
    (
        "invested_through_a_fund_in",
        "Poland's development bank, BGK, has invested $11 million through its Vinci fund "
        "in Lumora.",
        {
            ("BGK", "invests_in", "Lumora"),
        },
        set(),
    ),
    (
        "selling_chips_to_a_buyer",
        "Nimbus will sell its Vega chips to Lumora. Nimbus will ship 5,000 GPUs to "
        "Quillon next year. Nimbus sold its chip business to Zentrix.",
        {
            ("Lumora", "uses", "Vega"),
            ("Quillon", "uses", "Nimbus"),
        },
        {
            ("Zentrix", "uses", "Nimbus"),
        },
    ),
    (
        "he_after_name_with_participle_verb",
        "Ana Ruiz, the former chief executive of Nimbus, has unveiled her new company, "
        "Quillon. Wang Lei, founder of China's No. 2 search engine Sogou, announced in "
        "March that he had set up Lumora Intelligence with a $50 million investment.",
        {
            ("Lumora Intelligence", "founded_by", "Wang Lei"),
        },
        {
            ("Lumora Intelligence", "founded_by", "Ana Ruiz"),
        },
    ),
    (
        "seller_called_provider_sells",
        "Zentrix struck a cloud deal with compute provider Halvex that could reach $4 billion.",
        {
            ("Zentrix", "uses", "Halvex"),
        },
        {
            ("Halvex", "uses", "Zentrix"),
        },
    ),
    (
        "offshoot_is_backed_not_its_parent",
        "Halvex, a Zentrix spin-off backed by funds like Kestrel Capital and Osprey "
        "Ventures, plans to sell to Lumora.",
        {
            ("Kestrel Capital", "invests_in", "Halvex"),
            ("Osprey Ventures", "invests_in", "Halvex"),
        },
        {
            ("Kestrel Capital", "invests_in", "Zentrix"),
            ("Osprey Ventures", "invests_in", "Zentrix"),
        },
    ),
    (
        "many_purchases_are_no_acquisition",
        "Baidu ordered Huawei chips to prepare for limits on Nvidia purchases. Lumora "
        "completed the Zeta acquisition.",
        {
            ("Lumora", "acquires", "Zeta"),
        },
        {
            ("Baidu", "acquires", "Nvidia"),
        },
    ),
    (
        "rivalling_performance_is_comparison",
        "Mistral's top model already rivals GPT-4's performance in reasoning. Lumora "
        "rivals Nimbus in the chip market.",
        {
            ("Lumora", "competes_with", "Nimbus"),
        },
        {
            ("Mistral AI", "competes_with", "GPT-4"),
        },
    ),
    (
        "backers_of_project_including",
        "Backers of Stargate, including OpenAI, Oracle and SoftBank, plan to invest $500 billion.",
        {
            ("OpenAI", "invests_in", "Stargate"),
            ("Oracle", "invests_in", "Stargate"),
            ("SoftBank", "invests_in", "Stargate"),
        },
        set(),
    ),
    (
        "participle_after_compared_name",
        "Lyra solved more puzzles than Gemini, developed by Google. The Kappa model "
        "outscores Orion, built by Tessaly, on math exams.",
        {
            ("Google", "develops", "Gemini"),
            ("Tessaly", "develops", "Orion"),
        },
        set(),
    ),
    (
        "product_includes_model_integration",
        "Lumora Chat includes Orion integration, the company said.",
        {
            ("Lumora Chat", "integrates", "Orion"),
        },
        set(),
    ),
    (
        "reliance_on_listed_hosting_partners",
        "The contract allows Zentrix to lessen its reliance on outside compute "
        "vendors such as Halvex and Nimbus.",
        {
            ("Zentrix", "uses", "Halvex"),
            ("Zentrix", "uses", "Nimbus"),
        },
        {
            ("Halvex", "partners_with", "Nimbus"),
            ("Halvex", "uses", "Zentrix"),
        },
    ),
    (
        "two_unnamed_providers_are_no_pair",
        "Lumora will buy capacity on Azure, while Microsoft and Nimbus will invest in the "
        "Vega developer. The agreement reduces Lumora's reliance on the two cloud "
        "providers that have supplied most of its computing power so far.",
        {
            ("Lumora", "uses", "Azure"),
        },
        {
            ("Lumora", "uses", "Nimbus"),
            ("Lumora", "uses", "Microsoft"),
        },
    ),
    (
        "second_title_with_own_possessor",
        "Lumora is also the largest buyer of Nimbus's Vega chips and Microsoft's biggest "
        "customer in Asia.",
        {
            ("Lumora", "uses", "Microsoft"),
        },
        {
            ("Vega", "uses", "Microsoft"),
        },
    ),
    (
        "content_sharing_agreement",
        "Google finalized a content-sharing agreement with the Daily Ledger.",
        {
            ("Google", "partners_with", "Daily Ledger"),
        },
        set(),
    ),
    (
        "company_lab_named_after_comma",
        "Before founding Quillon, Ana Ruiz was an engineer at Meta's AI lab in Paris, "
        "Vega Research (VR), where she met Tom Berg. Tom Berg later worked at ORCA, "
        "Nimbus's AI lab.",
        {
            ("Vega Research", "subsidiary_of", "Meta"),
            ("ORCA", "subsidiary_of", "Nimbus"),
        },
        set(),
    ),
    (
        "hyphenated_modifier_after_owner",
        "The project combines Nimbus's cutting-edge Vega chips with a $10 billion deal with AMD.",
        {
            ("Nimbus", "develops", "Vega"),
        },
        set(),
    ),
    (
        "title_of_company_then_name",
        "Founder and CEO of Nvidia Jensen Huang visited the country last month.",
        {
            ("Jensen Huang", "leads", "Nvidia"),
        },
        set(),
    ),
    (
        "founder_described_as_investor",
        "Kestrel Ventures, which was co-founded by Tom Berg, an early investor in Lumora, "
        "backed the round.",
        {
            ("Kestrel Ventures", "founded_by", "Tom Berg"),
        },
        set(),
    ),
    (
        "resigned_as_chief_and_group_behind_product",
        "Tom Berg resigned last week as chief executive of Lumora. Ana Ruiz resigned as "
        "chief executive of the London-based group behind "
        "Stable Diffusion, an AI model that makes images.",
        set(),
        {
            ("Tom Berg", "leads", "Lumora"),
            ("Ana Ruiz", "leads", "Stability AI"),
        },
    ),
    (
        "group_behind_product_is_its_maker",
        "Getty Images sued the London-based group behind Stable Diffusion, an AI model "
        "that makes images.",
        {
            ("Getty Images", "sues", "Stability AI"),
        },
        set(),
    ),
    (
        "product_name_ending_in_kind_word",
        "Lumora and Nimbus announced the deployment of Nimbus's Automotive AI Agent into "
        "the Vega Virtual Assistant. Kestrel's Intelligent Personal Assistant is older.",
        {
            ("Nimbus", "develops", "Automotive AI Agent"),
            ("Vega Virtual Assistant", "integrates", "Automotive AI Agent"),
            ("Kestrel", "develops", "Intelligent Personal Assistant"),
        },
        {
            ("Nimbus", "develops", "Automotive AI"),
            ("Kestrel", "develops", "Intelligent Personal"),
        },
    ),
    (
        "demonstrative_of_what_might_happen",
        "Lumora may add Quillon to its browser. This could pose a direct challenge to "
        "Google Chrome.",
        set(),
        {
            ("Lumora", "competes_with", "Google Chrome"),
            ("Lumora", "competes_with", "Chrome"),
        },
    ),
    (
        "ceo_of_unnamed_possessed_company",
        "While Nimbus remains the leader, the Zeta megadeal suggests the fund is hedging "
        "bets and offering CEO Ana Ruiz's company a growth lever.",
        set(),
        {
            ("Ana Ruiz", "leads", "Nimbus"),
        },
    ),
    (
        "her_company_is_the_one_her_title_names",
        "Lumora CEO Ana Ruiz said on Monday that her robotics company and chipmaker "
        "Nimbus, the developer of the Vega chips, have agreed to establish a joint "
        "venture.",
        {
            ("Lumora", "partners_with", "Nimbus"),
            ("Ana Ruiz", "leads", "Lumora"),
        },
        set(),
    ),
    (
        "venture_between_list_before_its_name",
        "A joint venture between Lumora, Nimbus and Kestrel, Vega Data launched a data "
        "center park in Jakarta.",
        {
            ("Lumora", "invests_in", "Vega Data"),
            ("Nimbus", "invests_in", "Vega Data"),
            ("Kestrel", "invests_in", "Vega Data"),
            ("Lumora", "partners_with", "Nimbus"),
        },
        {
            ("Lumora", "partners_with", "Vega Data"),
            ("Kestrel", "partners_with", "Vega Data"),
        },
    ),
    (
        "chief_in_apposition_steps_down",
        "Tom Berg, Lumora's chairman and chief executive officer, will be stepping down "
        "from the post. Ana Ruiz, Nimbus's CEO, said the deal closed.",
        {
            ("Ana Ruiz", "leads", "Nimbus"),
        },
        {
            ("Tom Berg", "leads", "Lumora"),
        },
    ),
    (
        "will_lead_the_company",
        "Lumora said Ana Ruiz will remain chair. Tom Berg will lead the company while a "
        "permanent chief executive is sought.",
        {
            ("Tom Berg", "leads", "Lumora"),
        },
        set(),
    ),
    (
        "formation_of_a_new_company",
        "Wang Lei, co-founder of delivery giant Meituan, announced the formation of a new "
        "AI company, Lumora Labs, with a $50 million investment. Nimbus announced the "
        "formation of a new unit, Vega Labs.",
        {
            ("Lumora Labs", "founded_by", "Wang Lei"),
            ("Vega Labs", "subsidiary_of", "Nimbus"),
        },
        {
            ("Vega Labs", "founded_by", "Nimbus"),
        },
    ),
    (
        "first_person_of_a_speaker_no_company",
        'Kestrel Capital faced criticism after investing in Lumora. "Who thinks it is '
        'wise to let the Zeta group use that technology to challenge us?" Senator Ana '
        "Ruiz wrote.",
        {
            ("Kestrel Capital", "invests_in", "Lumora"),
        },
        {
            ("Zeta", "competes_with", "Kestrel Capital"),
            ("Zeta", "competes_with", "Lumora"),
        },
    ),
    (
        "complaint_states_accused_use",
        "Complaints by the Daily Ledger and the Morning Star, which also seek an "
        "injunction, state that Lumora bypassed technical safeguards and accessed their "
        "servers to gather articles.",
        set(),
        {
            ("Lumora", "uses", "Morning Star"),
            ("Lumora", "uses", "Daily Ledger"),
        },
    ),
    (
        "kind_noun_before_product_tagged_name",
        "Halden has put $2 billion into data company Scale and brought on its co-founder and "
        "chief executive Alexandr Wang to run a research group.",
        {
            ("Halden", "invests_in", "Scale"),
            ("Scale", "founded_by", "Alexandr Wang"),
        },
        {
            ("Halden", "founded_by", "Alexandr Wang"),
        },
    ),
    (
        "titled_person_of_the_sentence_subjects_owner",
        "Lumora raised money from Kestrel Labs. Kestrel Labs's investment marks a bold turn "
        "toward what CEO Ana Ruiz has called the pursuit of superintelligence.",
        {
            ("Ana Ruiz", "leads", "Kestrel Labs"),
        },
        {
            ("Ana Ruiz", "leads", "Lumora"),
        },
    ),
    (
        "named_as_defendant_sues_no_one",
        "This lawsuit marks the first time that Nimbus has been named as a defendant in "
        "an author lawsuit against Lumora.",
        set(),
        {
            ("Nimbus", "sues", "Lumora"),
        },
    ),
    (
        "pay_for_access_stock_up_serve_customers",
        "Finch will pay Google Cloud for access to many thousands of AMD processors. "
        "Halvex stocked up on H100 and A100 GPUs ahead of the export curbs. Pinecrest "
        "Labs serves AI startups including Orbit and Tessaly.",
        {
            ("Finch", "uses", "Google Cloud"),
            ("Halvex", "uses", "A100"),
            ("Halvex", "uses", "H100"),
            ("Orbit", "uses", "Pinecrest Labs"),
            ("Tessaly", "uses", "Pinecrest Labs"),
        },
        set(),
    ),
    (
        "he_of_coordinated_clause",
        "Tom Berg co-founded Lumora with Ana Ruiz in 2015 as a nonprofit, and he is "
        "separately suing Lumora and Ruiz in federal court.",
        {
            ("Tom Berg", "sues", "Lumora"),
            ("Tom Berg", "sues", "Ana Ruiz"),
        },
        {
            ("Ana Ruiz", "sues", "Lumora"),
        },
    ),
    (
        "second_plaintiff_after_first_ones_description",
        "The Daily Ledger, the parent company of the Morning Star, and the Evening Post "
        "filed a lawsuit on Monday against AI company Lumora. Kestrel Media, the owner of "
        "the Weekly Courier and the City Gazette, sued Nimbus.",
        {
            ("Daily Ledger", "sues", "Lumora"),
            ("Evening Post", "sues", "Lumora"),
            ("Kestrel Media", "sues", "Nimbus"),
        },
        {
            ("City Gazette", "sues", "Nimbus"),
        },
    ),
    (
        "competition_in_an_amid_phrase",
        "Lumora has stumbled as it tries to crack the AI chip market amid intensifying "
        "competition from Nimbus, Zeta and Kestrel Labs.",
        {
            ("Lumora", "competes_with", "Nimbus"),
            ("Lumora", "competes_with", "Zeta"),
            ("Lumora", "competes_with", "Kestrel Labs"),
        },
        set(),
    ),
    (
        "version_of_a_model_is_the_model",
        "Lumora will license a custom version of Nimbus's Vega model to power the core of "
        "its new Quill assistant.",
        {
            ("Quill", "uses", "Vega"),
            ("Nimbus", "develops", "Vega"),
        },
        set(),
    ),
    (
        "threatened_act_is_no_act",
        "Tom Berg had previously threatened to sue Lumora over its app store rules. "
        "Nimbus threatened to pull its investment in Zeta.",
        {
            ("Nimbus", "invests_in", "Zeta"),
        },
        {
            ("Tom Berg", "sues", "Lumora"),
        },
    ),
    (
        "lead_of_rounds_after_funders_list",
        "Lumora's funders include Nimbus and Zeta, in rounds led by Kestrel Capital that "
        "value the company at $2 billion.",
        {
            ("Nimbus", "invests_in", "Lumora"),
            ("Zeta", "invests_in", "Lumora"),
            ("Kestrel Capital", "invests_in", "Lumora"),
        },
        set(),
    ),
    (
        "round_of_the_sentences_possessive_opener",
        "Quillon's story started with a $12 million seed round in March 2022, led by "
        "Kestrel Ventures and Osprey Capital.",
        {
            ("Kestrel Ventures", "invests_in", "Quillon"),
            ("Osprey Capital", "invests_in", "Quillon"),
        },
        set(),
    ),
    (
        "access_through_a_platform",
        "Under the deal, Lumora will get access to Nvidia's Blackwell chips through "
        "Microsoft Azure.",
        {
            ("Lumora", "uses", "Blackwell"),
            ("Lumora", "uses", "Azure"),
        },
        set(),
    ),
    (
        "joined_a_companys_labelled_round",
        "Nimbus also joined Zentrix Labs's Series B round.",
        {
            ("Nimbus", "invests_in", "Zentrix Labs"),
        },
        set(),
    ),
    (
        "money_committed_to_a_described_company",
        "Last spring Vega Capital committed $40 million to struggling robotics maker Zentrix Labs.",
        {
            ("Vega Capital", "invests_in", "Zentrix Labs"),
        },
        set(),
    ),
    (
        "business_secured_from_a_customer",
        "Kestrel Cloud has secured new business from Lumora.",
        {
            ("Lumora", "uses", "Kestrel Cloud"),
        },
        {
            ("Lumora", "invests_in", "Kestrel Cloud"),
        },
    ),
    (
        "reliant_on_a_cloud",
        "Because it trains on rented servers, Lumora is heavily reliant on Nimbus "
        "Cloud. Zeta, dependent on Kestrel chips for years, wants alternatives.",
        {
            ("Lumora", "uses", "Nimbus Cloud"),
            ("Zeta", "uses", "Kestrel"),
        },
        set(),
    ),
    (
        "reliant_no_longer_or_not",
        "Lumora is no longer reliant on Nimbus Cloud. Zeta is not dependent on Kestrel.",
        {},
        {
            ("Lumora", "uses", "Nimbus Cloud"),
            ("Zeta", "uses", "Kestrel"),
        },
    ),
    (
        "title_initials_in_brackets",
        "At the fair, AMD chair and chief executive officer (CEO) Lisa Su showed the "
        "new accelerator.",
        {
            ("Lisa Su", "leads", "AMD"),
        },
        set(),
    ),
    (
        "small_v_version_of_a_chip",
        "Lumora trains its models on Google's TPU v5 chips.",
        {
            ("Lumora", "uses", "TPU v5"),
            ("Google", "develops", "TPU v5"),
        },
        {
            ("Lumora", "uses", "v5"),
        },
    ),
    (
        "apposition_list_is_no_plaintiff",
        "Quorra Media, the publisher behind outlets including Kestrel News, Vega Daily "
        "and Orbit Weekly, is suing Lumora.",
        {
            ("Quorra Media", "sues", "Lumora"),
        },
        {
            ("Vega Daily", "sues", "Lumora"),
            ("Orbit Weekly", "sues", "Lumora"),
        },
    ),
    (
        "backed_modifier_on_a_list_item",
        "Critics listed several labs (including Amazon-backed Anthropic, OpenAI, and "
        "more) in the letter.",
        {
            ("Amazon", "invests_in", "Anthropic"),
        },
        {
            ("Amazon", "invests_in", "OpenAI"),
        },
    ),
    (
        "newspaper_with_and_in_its_name",
        "Publishers such as the Globe and Mail, the Toronto Star and Le Monde have sued Lumora.",
        {
            ("The Globe and Mail", "sues", "Lumora"),
            ("Toronto Star", "sues", "Lumora"),
        },
        {
            ("Mail", "sues", "Lumora"),
            ("Globe", "sues", "Lumora"),
        },
    ),
    (
        "the_latter_of_a_pair",
        "Lumora and Nimbus are rivals, and the latter has invested in Zentrix. Kestrel "
        "and Vega both sell chips, and Quorra chose the former.",
        {
            ("Nimbus", "invests_in", "Zentrix"),
            ("Quorra", "uses", "Kestrel"),
        },
        {
            ("Lumora", "invests_in", "Zentrix"),
            ("Quorra", "uses", "Vega"),
        },
    ),
    (
        "complaint_naming_a_defendant",
        "Kestrel Studio and Vega Pictures lodged a complaint in Delaware on Monday, "
        "naming Zentrix as a defendant.",
        {
            ("Kestrel Studio", "sues", "Zentrix"),
            ("Vega Pictures", "sues", "Zentrix"),
        },
        set(),
    ),
    (
        # A ranking is a comparison, not a stated rivalry (the guideline).
        "lagging_behind_a_company_is_a_ranking",
        "Analysts say Lumora, which has fallen behind Zentrix and Nimbus in enterprise "
        "sales, needs a new model. Quorra trails Kestrel in market share.",
        set(),
        {
            ("Lumora", "competes_with", "Zentrix"),
            ("Lumora", "competes_with", "Nimbus"),
            ("Quorra", "competes_with", "Kestrel"),
        },
    ),
    (
        "next_generation_of_a_product",
        "The coming generation of Lumora Chat will run on Orion, a model built by Nimbus.",
        {
            ("Lumora Chat", "uses", "Orion"),
        },
        set(),
    ),
    (
        "rest_of_a_company_picked_up",
        "After its collapse, the remaining parts of Zentrix were picked up by Lumora. "
        "Nimbus scooped up the rest of Kestrel Labs.",
        {
            ("Lumora", "acquires", "Zentrix"),
            ("Nimbus", "acquires", "Kestrel Labs"),
        },
        set(),
    ),
    (
        "description_subject_of_a_second_clause",
        "Zentrix has only twelve staff, but the startup already ships a model called Orion.",
        {
            ("Zentrix", "develops", "Orion"),
        },
        set(),
    ),
    (
        "founder_listed_from_a_hired_group",
        "Nimbus poached most of Lumora's research team, including co-founder Ana Ruiz, last year.",
        {
            ("Lumora", "founded_by", "Ana Ruiz"),
        },
        {
            ("Nimbus", "founded_by", "Ana Ruiz"),
        },
    ),
    (
        "wish_that_another_party_act",
        "Ana Ruiz has said she would love Nimbus to invest in Lumora, the startup she runs.",
        set(),
        {
            ("Nimbus", "invests_in", "Lumora"),
            ("Ana Ruiz", "invests_in", "Lumora"),
        },
    ),
    (
        "most_recently_held_post",
        "Before joining Nimbus, Jane Doe was most recently chief executive of Lumora.",
        set(),
        {
            ("Jane Doe", "leads", "Lumora"),
        },
    ),
    (
        "talks_given_up_for_another_course",
        "Nimbus held talks to invest in Lumora but instead chose to license its software.",
        set(),
        {
            ("Nimbus", "invests_in", "Lumora"),
        },
    ),
    (
        "access_given_is_no_contract_awarded",
        "A new Kestrel agreement will give India access to advanced Nvidia chips.",
        set(),
        {
            ("Kestrel", "uses", "Nvidia"),
        },
    ),
    (
        "described_company_is_not_the_misparsed_subject",
        "Lumora opened a lab in Columbus. Temasek first invested in the Ohio-based "
        "company during a 2017 seed round.",
        {
            ("Temasek", "invests_in", "Lumora"),
        },
        {
            ("Temasek", "based_in", "Ohio"),
        },
    ),
    (
        "chips_power_read_as_noun",
        "Nvidia's chips power xAI's supercomputer.",
        {
            ("xAI", "uses", "Nvidia"),
        },
        set(),
    ),
    (
        "built_with_a_makers_chips",
        "xAI built its supercomputer with Nvidia chips.",
        {
            ("xAI", "uses", "Nvidia"),
        },
        set(),
    ),
    (
        "model_integration_into_a_hosts_systems",
        "Gemini's integration into Samsung's phones is the heart of the deal.",
        {
            ("Samsung", "integrates", "Gemini"),
        },
        set(),
    ),
    (
        "model_injected_into_products",
        "Renault will inject ChatGPT into its dashboards.",
        {
            ("Renault", "integrates", "ChatGPT"),
        },
        set(),
    ),
    (
        "device_named_in_the_plural",
        "Lumora is building Orion into iPhones and iPads.",
        {
            ("iPhone", "integrates", "Orion"),
            ("iPad", "integrates", "Orion"),
        },
        {
            ("iPhones", "integrates", "Orion"),
        },
    ),
    (
        "access_to_up_to_an_amount",
        "Nimbus and Lumora agreed terms, and the upstart will get access to up to half "
        "a million of Nimbus's Vega chips.",
        {
            ("Lumora", "uses", "Vega"),
        },
        set(),
    ),
    (
        "object_built_using_chips",
        "Zentrix will build three data centers using Nimbus's Vega chips.",
        {
            ("Zentrix", "uses", "Vega"),
        },
        set(),
    ),
    (
        "commitment_from_a_company_to_spend",
        "The filing describes a pledge from Lumora to spend $5 billion on Azure by 2030.",
        {
            ("Lumora", "uses", "Azure"),
        },
        set(),
    ),
    (
        "suit_told_by_an_allegation_before",
        "In their filing, the papers claim that Lumora and Nimbus copied years of "
        "reporting. The case was filed by regional dailies in the Vega Capital stable, "
        "including the Denver Post, the Chicago Tribune and the Orlando Sentinel.",
        {
            ("Chicago Tribune", "sues", "Lumora"),
            ("The Denver Post", "sues", "Lumora"),
            ("Orlando Sentinel", "sues", "Lumora"),
        },
        set(),
    ),
    (
        "suit_filers_listed_on_the_suit",
        "In a complaint, the papers allege that Lumora and Nimbus used their articles. "
        "The lawsuit was filed by regional daily newspapers in the Vega Capital "
        "portfolio, including the New York Daily News, the Chicago Tribune and the "
        "Orlando Sentinel.",
        {
            ("New York Daily News", "sues", "Lumora"),
            ("Orlando Sentinel", "sues", "Nimbus"),
        },
        set(),
    ),
    (
        "listed_kind_noun_before_a_name",
        "Lumora vies with Amazon-backed Anthropic and Chinese startup DeepSeek.",
        {
            ("Lumora", "competes_with", "DeepSeek"),
            ("Amazon", "invests_in", "Anthropic"),
        },
        {
            ("Amazon", "invests_in", "DeepSeek"),
        },
    ),
    (
        "description_by_another_country",
        "Japan's Zentrix signed a supply pact with Lumora. The Korean firm's boss, Ana "
        "Ruiz, called it a milestone.",
        {
            ("Ana Ruiz", "leads", "Lumora"),
        },
        {
            ("Ana Ruiz", "leads", "Zentrix"),
        },
    ),
    (
        "founder_listed_from_a_named_group",
        "Under the deal, Nimbus will also employ a handful of senior Lumora "
        "researchers, including founder Ana Ruiz.",
        {
            ("Lumora", "founded_by", "Ana Ruiz"),
        },
        {
            ("Nimbus", "founded_by", "Ana Ruiz"),
        },
    ),
    (
        "possessive_in_a_passive_agent",
        "Google agreed to acquire Lumora. The startup was spun out by its parent "
        "company, Vega Holdings.",
        {
            ("Lumora", "subsidiary_of", "Vega Holdings"),
        },
        {
            ("Google", "subsidiary_of", "Vega Holdings"),
        },
    ),
    (
        "spokesperson_for_the_company",
        "Lumora faces a suit from Nimbus. A representative for the company, which is "
        "headed by chief executive Ana Ruiz, declined to comment.",
        {
            ("Ana Ruiz", "leads", "Lumora"),
        },
        {
            ("Ana Ruiz", "leads", "Nimbus"),
        },
    ),
    (
        "rejoined_from_the_company_founded",
        "Ana Ruiz returned to Nimbus from the lab she had founded in 2019.",
        set(),
        {
            ("Nimbus", "founded_by", "Ana Ruiz"),
        },
    ),
    (
        "kept_from_competing",
        "Regulators say Lumora and Nimbus worked together to prevent smaller rivals "
        "from competing.",
        set(),
        {
            ("Lumora", "competes_with", "Nimbus"),
        },
    ),
    (
        "titles_listed_from_staff_hired_from",
        "Nimbus recruited engineers from startup Lumora, including co-founder and CEO "
        "Ana Ruiz, last month.",
        {
            ("Ana Ruiz", "leads", "Lumora"),
        },
        {
            ("Nimbus", "founded_by", "Ana Ruiz"),
            ("Ana Ruiz", "leads", "Nimbus"),
        },
    ),
    (
        "power_units_are_no_names",
        "Lumora plans to build data centers with 4.5 GW of capacity together with Nimbus.",
        {},
        {
            ("Lumora", "partners_with", "GW"),
        },
    ),
    (
        "fronted_for_company_is_the_possessor",
        "Zentrix agreed terms with Nimbus. For Nimbus, the new contract goes beyond its "
        "long-time partnership with Lumora.",
        {
            ("Nimbus", "partners_with", "Lumora"),
        },
        {
            ("Zentrix", "partners_with", "Lumora"),
        },
    ),
    (
        "competing_in_a_market_against",
        "Lumora has to compete in a crowded payments market against Nimbus, Zentrix and Kestrel.",
        {
            ("Lumora", "competes_with", "Nimbus"),
            ("Lumora", "competes_with", "Kestrel"),
        },
        set(),
    ),
    (
        "as_clause_subjects_read_as_objects",
        "Margins shrink as Nvidia, Intel, and Qualcomm compete for the same customers.",
        {
            ("Nvidia", "competes_with", "Intel"),
            ("Intel", "competes_with", "Qualcomm"),
        },
        set(),
    ),
    (
        "hyphened_phrase_is_no_name",
        "Lumora turned to specialist GPU-as-a-service providers such as Zentrix.",
        set(),
        {
            ("Zentrix", "develops", "GPU-as"),
            ("Lumora", "uses", "GPU-as"),
        },
    ),
    (
        "parent_description_names_no_parent",
        "Alphabet is investing $900 million in drone maker Osprey. The move aims to "
        "boost engineering at the parent company of Google and YouTube.",
        {
            ("Alphabet", "invests_in", "Osprey"),
        },
        {
            ("Alphabet", "subsidiary_of", "Osprey"),
        },
    ),
    (
        "worth_of_cloud_services",
        "Lumora has agreed to buy $3 billion worth of Azure cloud services over four years.",
        {
            ("Lumora", "uses", "Azure"),
        },
        set(),
    ),
    (
        "supplied_for_a_companys_sites",
        "Samsung and Micron will supply storage chips for Lumora's new server farms.",
        {
            ("Lumora", "uses", "Samsung"),
            ("Lumora", "uses", "Micron"),
        },
        set(),
    ),
    (
        "one_arm_before_a_listed_name",
        "Lumora raised $50 million. Nvidia's venture arm NVentures and Salesforce "
        "Ventures also invested.",
        {
            ("NVentures", "subsidiary_of", "Nvidia"),
            ("Salesforce Ventures", "invests_in", "Lumora"),
        },
        {
            ("Salesforce Ventures", "subsidiary_of", "Nvidia"),
        },
    ),
    (
        "chips_integrated_into_own_sites",
        "Zentrix is weighing integrating Google's TPUs into its data centers. Lumora "
        "will integrate Nvidia chips into its servers.",
        {
            ("Zentrix", "uses", "TPU"),
            ("Lumora", "uses", "Nvidia"),
        },
        {
            ("Zentrix", "integrates", "Google"),
            ("Lumora", "integrates", "Nvidia"),
        },
    ),
    (
        "chips_folded_into_a_product",
        "Lumora plans to fold Zentrix's low-power processors into its robot platform.",
        {
            ("Lumora", "integrates", "Zentrix"),
        },
        set(),
    ),
    (
        "major_user_of_a_cloud",
        "Lumora, a heavy user of Nimbus Cloud, raised $30 million. Zentrix is a major "
        "user of Azure.",
        {
            ("Lumora", "uses", "Nimbus Cloud"),
            ("Zentrix", "uses", "Azure"),
        },
        set(),
    ),
    (
        "rivals_of_a_third_are_no_pair",
        "Lumora and Zentrix are European rivals of Nimbus.",
        {
            ("Lumora", "competes_with", "Nimbus"),
            ("Zentrix", "competes_with", "Nimbus"),
        },
        {
            ("Lumora", "competes_with", "Zentrix"),
        },
    ),
    (
        "pitched_as_a_product_killer",
        "Perplexity has been pitched as a Google killer.",
        {
            ("Perplexity", "competes_with", "Google"),
        },
        set(),
    ),
    (
        "competes_head_on",
        "Microsoft's Copilot competes head-on with Google's Gemini.",
        {
            ("Copilot", "competes_with", "Gemini"),
        },
        set(),
    ),
    (
        "sentence_after_a_round_letter",
        "Lumora announced a $40 million Series B. Nvidia and Sequoia led the round.",
        {
            ("Nvidia", "invests_in", "Lumora"),
            ("Sequoia Capital", "invests_in", "Lumora"),
        },
        set(),
    ),
    (
        "founders_named_by_former_employer",
        "Quorvex, founded by former Halvard engineers in 2022, builds robots for "
        "warehouses. Pellum was started by Halvard veterans Ana Ruiz and Tom Berg.",
        {
            ("Pellum", "founded_by", "Ana Ruiz"),
            ("Pellum", "founded_by", "Tom Berg"),
        },
        {
            ("Quorvex", "founded_by", "Halvard"),
            ("Pellum", "founded_by", "Halvard"),
        },
    ),
    (
        "appositive_platform_acquired_in_relative_clause",
        "Mara Quinn once founded Tallyfox, a data annotation platform that was acquired "
        "by Corvane in 2020.",
        {
            ("Tallyfox", "founded_by", "Mara Quinn"),
            ("Corvane", "acquires", "Tallyfox"),
        },
        set(),
    ),
    (
        "round_told_as_it_led_with_support",
        "Pellum has secured $40 million in Series A funding. It was led by Redwood "
        "Partners, with support from tech firms Corvane and Halvard.",
        {
            ("Redwood Partners", "invests_in", "Pellum"),
            ("Corvane", "invests_in", "Pellum"),
            ("Halvard", "invests_in", "Pellum"),
        },
        set(),
    ),
    (
        "support_outside_a_round_is_no_investment",
        "Pellum launched its robot with support from Corvane. It was led by Ana Ruiz.",
        set(),
        {
            ("Corvane", "invests_in", "Pellum"),
            ("Ana Ruiz", "invests_in", "Pellum"),
        },
    ),
    (
        "participants_after_a_round_that_valued",
        "Redwood Partners spearheaded the round, valuing Pellum at $1 billion. Major "
        "participants included Halvard Ventures and Corvane.",
        {
            ("Redwood Partners", "invests_in", "Pellum"),
            ("Halvard Ventures", "invests_in", "Pellum"),
            ("Corvane", "invests_in", "Pellum"),
        },
        {
            ("Halvard Ventures", "invests_in", "Redwood Partners"),
        },
    ),
    (
        "deal_for_gigawatts_is_supply",
        "Pellum struck a deal with Corvane for 3 gigawatts of computing capacity.",
        {
            ("Pellum", "uses", "Corvane"),
        },
        {
            ("Pellum", "partners_with", "Corvane"),
        },
    ),
    (
        "cloud_host_noun_and_unknown_opener",
        "Corvane, Pellum's largest shareholder and cloud host, reported strong results.",
        {
            ("Pellum", "uses", "Corvane"),
            ("Corvane", "invests_in", "Pellum"),
        },
        set(),
    ),
    (
        "chips_made_at_anothers_plant",
        "Pellum said its next chips would be made at Corvane's new plant in Ohio. "
        "Corvane makes its own chips at its plant in Texas.",
        {
            ("Pellum", "uses", "Corvane"),
        },
        set(),
    ),
    (
        "data_centers_in_either_spelling",
        "Pellum Labs relies on Corvane's data centers. Quillmark relies on Halvard's data centres.",
        {
            ("Pellum Labs", "uses", "Corvane"),
            ("Quillmark", "uses", "Halvard"),
        },
        set(),
    ),
    (
        "company_behind_after_verb_object",
        "Author Dana Whitfield sued Zentrix in May, accusing the company behind the "
        "Orbit chatbot of copying books. Regulators fined the company behind Vexo.",
        {
            ("Zentrix", "develops", "Orbit"),
        },
        set(),
    ),
    (
        "defendant_list_with_its_ceo",
        "Ana Ruiz on Thursday filed a lawsuit against Quillon, its CEO Mark Stone, "
        "and president Kevin Park.",
        {
            ("Ana Ruiz", "sues", "Kevin Park"),
            ("Ana Ruiz", "sues", "Mark Stone"),
            ("Ana Ruiz", "sues", "Quillon"),
            ("Mark Stone", "leads", "Quillon"),
        },
        set(),
    ),
    (
        "group_described_by_clause_includes_list",
        "Companies using Vexo include Pellum and Corvane. Investors backing Talko "
        "include Redwood Partners and Halvard Ventures.",
        {
            ("Pellum", "uses", "Vexo"),
            ("Corvane", "uses", "Vexo"),
            ("Redwood Partners", "invests_in", "Talko"),
            ("Halvard Ventures", "invests_in", "Talko"),
        },
        {
            ("Redwood Partners", "partners_with", "Halvard Ventures"),
        },
    ),
    (
        "founders_along_with_and_business_apposition",
        "Dana Whitfield established Pellum, a French AI business that has raised $1 "
        "billion. Omar Reyes founded Talko along with Lena Ortiz and Carl Dunn. Corvane "
        "formed Vexo, a new business of the group.",
        {
            ("Pellum", "founded_by", "Dana Whitfield"),
            ("Talko", "founded_by", "Omar Reyes"),
            ("Talko", "founded_by", "Lena Ortiz"),
            ("Talko", "founded_by", "Carl Dunn"),
        },
        {
            ("Vexo", "founded_by", "Corvane"),
        },
    ),
    (
        "possessive_in_allegation_is_defendants",
        "Nimbus Media sued Zentrix AI in London, alleging that its AI model, Vexo, had "
        "copied millions of photos. The Daily Ledger sued Corvane AI, claiming that its "
        "articles were copied by Talko.",
        {
            ("Nimbus Media", "sues", "Zentrix AI"),
            ("Zentrix AI", "develops", "Vexo"),
            ("Daily Ledger", "sues", "Corvane AI"),
        },
        {
            ("Nimbus Media", "develops", "Vexo"),
        },
    ),
    (
        "second_participle_read_as_past_tense",
        "Quillon, established in 2019 and now backed mainly by Osprey Ventures, "
        "rejected the allegations.",
        {
            ("Osprey Ventures", "invests_in", "Quillon"),
        },
        set(),
    ),
    (
        "list_going_on_from_titled_name",
        "Ana Ruiz on Thursday filed a lawsuit against Halvex, its CEO Priya Nair, and "
        "chairman Li Wei, alleging they misled shareholders.",
        {
            ("Ana Ruiz", "sues", "Halvex"),
            ("Ana Ruiz", "sues", "Li Wei"),
            ("Ana Ruiz", "sues", "Priya Nair"),
        },
        set(),
    ),
    (
        "party_revives_suit_in_court",
        "Billionaire Dana Whitfield is reviving a lawsuit in Texas federal court "
        "against Halvard Labs. An appeals court revived the lawsuit against Quillmark.",
        {
            ("Dana Whitfield", "sues", "Halvard Labs"),
        },
        set(),
    ),
    (
        "second_title_in_apposition_hung_on_a_pobj",
        "Dana Whitfield, a leading figure in robotics research and co-founder of "
        "Pellum, has become CEO of Vextant.",
        {
            ("Pellum", "founded_by", "Dana Whitfield"),
            ("Dana Whitfield", "leads", "Vextant"),
        },
        set(),
    ),
    (
        "name_listed_after_a_description_of_a_passive_subject",
        "Nimbus, the parent company of Quillmark, and the Daily Ledger are both owned "
        "by Halvard Media.",
        {
            ("Quillmark", "subsidiary_of", "Nimbus"),
            ("Nimbus", "subsidiary_of", "Halvard Media"),
            ("Daily Ledger", "subsidiary_of", "Halvard Media"),
        },
        {
            ("Daily Ledger", "subsidiary_of", "Nimbus"),
            ("Quillmark", "subsidiary_of", "Daily Ledger"),
        },
    ),
    (
        "relative_clause_without_pronoun_reports_its_noun",
        "Omar Reyes now runs Vextant, a company he hopes will rival Lumora.",
        {
            ("Omar Reyes", "leads", "Vextant"),
            ("Vextant", "competes_with", "Lumora"),
        },
        {
            ("Omar Reyes", "competes_with", "Lumora"),
        },
    ),
    (
        "royal_title_is_no_part_of_a_name",
        "Pellum is chaired by Crown Prince Omar bin Khalid.",
        {
            ("Omar bin Khalid", "leads", "Pellum"),
        },
        set(),
    ),
    (
        "office_holder_announcing_a_project_makes_none",
        "U.S. President Dana Whitfield unveiled the Orbit project in May. Prime Minister Omar "
        "Reyes launched the Vexo Lab on Monday.",
        set(),
        {("Dana Whitfield", "develops", "Orbit"), ("Vexo Lab", "founded_by", "Omar Reyes")},
    ),
    (
        "company_president_is_no_public_office",
        "Zentrix President Lena Ortiz launched the Talko app.",
        {
            ("Zentrix", "develops", "Talko"),
            ("Lena Ortiz", "leads", "Zentrix"),
        },
        set(),
    ),
    (
        "deal_to_acquire_read_as_relative_clause",
        "The European Commission has approved Zentrix's $700 million deal to acquire Brightwave.",
        {
            ("Zentrix", "acquires", "Brightwave"),
        },
        {
            ("European Commission", "acquires", "Brightwave"),
        },
    ),
    (
        "capacity_built_with",
        "Under the deal, Lumora gets access to compute built with Zentrix accelerators. "
        "The pact gives Orbix Labs access to servers powered by Vexo chips.",
        {
            ("Lumora", "uses", "Zentrix"),
            ("Orbix Labs", "uses", "Vexo"),
        },
        set(),
    ),
    (
        "rents_out_compute",
        "Korvath rents out Vexo GPUs to labs such as Lumora and Orbix Labs, and it "
        "leases servers to Quillmark.",
        {
            ("Lumora", "uses", "Korvath"),
            ("Orbix Labs", "uses", "Korvath"),
            ("Quillmark", "uses", "Korvath"),
        },
        set(),
    ),
    (
        "acronyms_alone_name_nothing",
        "Lumora's Z9 accelerator could compete with Vexo's current-gen H100 AI GPU.",
        {
            ("Lumora", "develops", "Z9"),
        },
        {
            ("Lumora", "competes_with", "AI"),
        },
    ),
    (
        "name_read_as_adjective_rival",
        "Lumora unveiled a ChatGPT competitor called Zephyr.",
        {
            ("Zephyr", "competes_with", "ChatGPT"),
            ("Lumora", "develops", "Zephyr"),
        },
        set(),
    ),
    (
        "gap_relative_on_apposition",
        "Lumora leans on Zentrix, a small chip startup it acquired in 2019 for 0 million.",
        {
            ("Lumora", "acquires", "Zentrix"),
        },
        set(),
    ),
    (
        "named_known_as",
        "Halvex has created a data tool known as Beacon.",
        {
            ("Halvex", "develops", "Beacon"),
        },
        set(),
    ),
    (
        "participated_after_bridging_sentence",
        "Vexo has secured $6 billion in fresh funding. The investment involved dozens "
        "of participants. Vexo later confirmed that Lumora, Orbix Labs and others "
        "participated.",
        {
            ("Lumora", "invests_in", "Vexo"),
            ("Orbix Labs", "invests_in", "Vexo"),
        },
        set(),
    ),
    (
        "maker_noun_possessed_product",
        "Nimbus has financed Lumora, Kestrel's creator, for years. Zephyr's maker Orbix "
        "Labs raised money.",
        {
            ("Lumora", "develops", "Kestrel"),
            ("Orbix Labs", "develops", "Zephyr"),
        },
        set(),
    ),
    (
        "owner_of_hyphen_participle_name",
        "Microsoft's AI-infused Bing now answers questions in full sentences.",
        {
            ("Microsoft", "develops", "Bing"),
        },
        set(),
    ),
    (
        "first_person_is_no_company",
        "Lumora dominates the market. I recently spent two weeks using Zephyr Search as "
        "my default engine.",
        set(),
        {
            ("Lumora", "uses", "Zephyr Search"),
        },
    ),
    (
        "title_in_opening_participle",
        "Vexo raised money from Orbix Capital. Led by CEO Ana Ruiz, Vexo has sought to "
        "challenge Lumora.",
        {
            ("Ana Ruiz", "leads", "Vexo"),
        },
        {
            ("Ana Ruiz", "leads", "Orbix Capital"),
        },
    ),
    (
        "round_of_referred_startup",
        "Brightwave was launched in Madrid in 2021. The startup was founded by former "
        "Harmon and Finch Labs staff and closed a $45 million seed round led by "
        "Osprey Capital in March.",
        {
            ("Osprey Capital", "invests_in", "Brightwave"),
        },
        {
            ("Osprey Capital", "invests_in", "Harmon"),
        },
    ),
    (
        "generation_and_plain_noun_no_names",
        "Zentrix unveiled its new 5th Gen Kestrel CPU platform. Lumora trained its "
        "models on Google Tensor Processors.",
        {
            ("Lumora", "uses", "TPU"),
        },
        {
            ("Zentrix", "develops", "5th Gen"),
            ("Zentrix", "develops", "Gen"),
            ("Lumora", "uses", "Processors"),
        },
    ),
    (
        "cloud_product_partner_is_its_maker",
        "Finch will host its platform on Azure, which becomes its main partner for "
        "distributing new products. Halvex Labs partnered with Google Cloud.",
        {
            ("Halvex Labs", "partners_with", "Google Cloud"),
            ("Microsoft", "partners_with", "Finch"),
        },
        {
            ("Azure", "partners_with", "Finch"),
        },
    ),
    (
        "ticker_in_brackets_and_second_clause_subject",
        "Amazon (AMZN) said on Wednesday that it has finished a data center and that "
        "Lumora is set to use a million of its custom chips.",
        {
            ("Lumora", "uses", "Amazon"),
        },
        {
            ("Amazon", "uses", "AMZN"),
            ("Amazon", "uses", "Lumora"),
        },
    ),
    (
        "owned_name_before_ai_model",
        "Weeks later the Zephyr maker Lumora launched its Kestrel-3 AI model.",
        {
            ("Lumora", "develops", "Kestrel-3"),
        },
        {
            ("Lumora", "develops", "Kestrel-3 AI"),
        },
    ),
    (
        "home_country_picks_the_referent",
        "Microsoft said it would invest in G42. The Abu Dhabi firm will move its "
        "workloads to Oracle Cloud.",
        {
            ("G42", "uses", "Oracle Cloud Infrastructure"),
        },
        {
            ("Microsoft", "uses", "Oracle Cloud Infrastructure"),
        },
    ),
    (
        "stopped_short_and_own_product_rival",
        "Nimbus stopped short of officially acquiring the startup Zentrix. Lumora is "
        "gearing up to compete with Orbix Labs's Vega model with its new model, "
        "Kestrel.",
        {
            ("Lumora", "develops", "Kestrel"),
        },
        {
            ("Nimbus", "acquires", "Zentrix"),
            ("Lumora", "competes_with", "Kestrel"),
        },
    ),
    (
        "rough_count_object",
        "Zentrix intends to buy roughly 250,000 Nvidia H100 chips valued at 12 billion dollars.",
        {
            ("Zentrix", "uses", "H100"),
        },
        set(),
    ),
    (
        "pay_for_listed_compute",
        "Tessaly agreed to pay Nimbus Cloud $8 billion across three years for compute "
        "capacity and GPUs.",
        {
            ("Tessaly", "uses", "Nimbus Cloud"),
        },
        set(),
    ),
    (
        "made_available_on_and_boosted_with",
        "Orbix Labs worked with Nimbus to make Kestrel 2 available on Azure. Lumora "
        "will boost Siri with Kestrel 2.",
        {
            ("Azure", "integrates", "Kestrel 2"),
            ("Siri", "integrates", "Kestrel 2"),
        },
        set(),
    ),
    (
        "suit_told_before_names_its_plaintiff",
        "The Writers Guild has filed a lawsuit against two AI startups. The suit "
        "targets Lumora and Orbix Labs. Nimbus backed the suit. The complaint accuses "
        "Zentrix of copying.",
        {
            ("Writers Guild", "sues", "Lumora"),
            ("Writers Guild", "sues", "Orbix Labs"),
        },
        {
            ("Nimbus", "sues", "Zentrix"),
        },
    ),
    (
        "series_label_round_and_along_with_list",
        "Lumora closed a $300 million Series G, led by Nimbus Capital and Orbix "
        "Ventures. Zephyr has attracted investment from players such as Kestrel "
        "Partners and Vexo Capital, along with Tarnwell Capital and Quillmark Ventures.",
        {
            ("Nimbus Capital", "invests_in", "Lumora"),
            ("Orbix Ventures", "invests_in", "Lumora"),
            ("Kestrel Partners", "invests_in", "Zephyr"),
            ("Tarnwell Capital", "invests_in", "Zephyr"),
            ("Quillmark Ventures", "invests_in", "Zephyr"),
        },
        set(),
    ),
    (
        "initiative_involving_and_reliant_on",
        "Officials unveiled Project Beacon, a large AI infrastructure initiative "
        "involving Lumora, Orbix Labs and Nimbus. Zentrix is heavily dependent on Vexo "
        "chips.",
        {
            ("Lumora", "partners_with", "Orbix Labs"),
            ("Lumora", "partners_with", "Nimbus"),
            ("Orbix Labs", "partners_with", "Nimbus"),
            ("Zentrix", "uses", "Vexo"),
        },
        set(),
    ),
    (
        "joined_companies_in_partnership",
        "Last year Nimbus Capital joined Lumora and Orbix Labs in a $10 billion "
        "infrastructure partnership. Zentrix joined Vexo in backing Kestrel.",
        {
            ("Nimbus Capital", "partners_with", "Lumora"),
            ("Nimbus Capital", "partners_with", "Orbix Labs"),
        },
        {
            ("Zentrix", "partners_with", "Vexo"),
        },
    ),
    (
        "besides_opening_list",
        "Besides Nimbus, Lumora's other major customers include Orbix Labs and Zentrix.",
        {
            ("Orbix Labs", "uses", "Lumora"),
            ("Zentrix", "uses", "Lumora"),
            ("Nimbus", "uses", "Lumora"),
        },
        set(),
    ),
    (
        "some_of_a_listed_group",
        "Tessaly closed a financing in the autumn. The raise was backed by some of "
        "the most active funds in robotics, including Halvex Capital, Pinecrest "
        "Ventures and Osprey Partners.",
        {
            ("Halvex Capital", "invests_in", "Tessaly"),
            ("Osprey Partners", "invests_in", "Tessaly"),
            ("Pinecrest Ventures", "invests_in", "Tessaly"),
        },
        set(),
    ),
    (
        "clause_after_colon_and_founded_read_as_past",
        "Many publishers have taken AI firms to court: The Morning Courier sued "
        "Halvex and Pinecrest Labs earlier this spring. Quillon, a startup founded "
        "two years ago by noted engineers Dana Reyes and Li Wei, was acquired.",
        {
            ("Morning Courier", "sues", "Halvex"),
            ("Morning Courier", "sues", "Pinecrest Labs"),
            ("Quillon", "founded_by", "Dana Reyes"),
            ("Quillon", "founded_by", "Li Wei"),
        },
        {
            ("Halvex", "sues", "Morning Courier"),
            ("Pinecrest Labs", "sues", "Morning Courier"),
        },
    ),
    (
        "portfolio_company_of_a_compound_owner",
        "Zephyr, a Nimbus Capital portfolio company, raised money this spring.",
        {
            ("Nimbus Capital", "invests_in", "Zephyr"),
        },
        set(),
    ),
    (
        "partnership_between_and_indefinite_pronouns",
        "Tessa was introduced in 2023 via a partnership between Kestrel and Finch "
        "Labs. Anyone can sign up. The carrier recently signed a deal to work with "
        "Osprey.",
        {
            ("Kestrel", "partners_with", "Finch Labs"),
        },
        {
            ("Anyone", "partners_with", "Osprey"),
            ("Tessa", "partners_with", "Finch Labs"),
            ("Tessa", "partners_with", "Kestrel"),
        },
    ),
    (
        "rivalry_is_not_a_benchmark_comparison",
        "Vexa said its new Orion model rivals Lumera's Pulse-2 on several performance "
        "benchmarks. Kestrel's Falcon rivals OpenAI's GPT-4o in the market for coding "
        "assistants.",
        {
            ("Falcon", "competes_with", "GPT-4o"),
        },
        {
            ("Orion", "competes_with", "Pulse-2"),
            ("Lumera", "competes_with", "Orion"),
            ("OpenAI", "competes_with", "Falcon"),
        },
    ),
    (
        "an_ended_planned_takeover_did_not_happen",
        "The ruling effectively ends Nordwind's planned acquisition of Lumera.",
        set(),
        {
            ("Nordwind", "acquires", "Lumera"),
        },
    ),
    (
        "builders_of_a_campus_develop_it_operators_neither",
        "Tech giants Kestrel, Nimbus and Vexa are joining forces to help build the "
        "Aurora campus in Norway. Halcyon Grid, a 1-gigawatt cluster, will be built by "
        "Brightwave and operated by Tessaly and Corvane.",
        {
            ("Kestrel", "develops", "Aurora"),
            ("Nimbus", "develops", "Aurora"),
            ("Vexa", "develops", "Aurora"),
            ("Brightwave", "develops", "Halcyon Grid"),
        },
        {
            ("Kestrel", "invests_in", "Aurora"),
            ("Tessaly", "invests_in", "Halcyon Grid"),
            ("Corvane", "invests_in", "Halcyon Grid"),
            ("Tessaly", "develops", "Halcyon Grid"),
        },
    ),
    (
        "rivals_like_a_broken_list_are_each_a_rival",
        "Halvex expects Echo to become the top assistant in its market, overtaking "
        "rivals like Claude, Google Gemini, and Grok from xAI.",
        {
            ("Echo", "competes_with", "Claude"),
            ("Echo", "competes_with", "Gemini"),
            ("Echo", "competes_with", "Grok"),
        },
        {
            ("Gemini", "competes_with", "Grok"),
        },
    ),
    (
        "a_competitor_to_a_name_read_as_a_verb",
        "Since 2023, Vexa has been developing Orion-1, a competitor to ChatGPT.",
        {
            ("Orion-1", "competes_with", "ChatGPT"),
        },
        set(),
    ),
    (
        "an_underdog_to_a_company_competes_with_it",
        "Kestrel has seen more usage of its search engine, but it is still an underdog to Google.",
        {
            ("Kestrel", "competes_with", "Google"),
        },
        set(),
    ),
    (
        "names_counted_after_a_dash_are_the_group",
        "Zentrix is collaborating with two conglomerates in Brazil – billionaire Dana "
        "Reyes's Pinecrest Holdings Limited and the Harmon Group – to roll out data "
        "networks.",
        {
            ("Zentrix", "partners_with", "Harmon Group"),
            ("Zentrix", "partners_with", "Pinecrest Holdings Limited"),
        },
        {
            ("Zentrix", "partners_with", "Brazil"),
            ("Zentrix", "partners_with", "Limited"),
        },
    ),
    (
        "talks_to_be_acquired_name_the_target",
        "Reports emerged that Quillon had entered talks to be acquired by Halvex. "
        "Tessaly signed a deal to be bought by Orbit for $3.2 billion.",
        {
            ("Halvex", "acquires", "Quillon"),
            ("Orbit", "acquires", "Tessaly"),
        },
        set(),
    ),
    (
        "a_deal_called_off_in_the_next_sentence_did_not_happen",
        "Kestrel agreed to buy Brightwave in May. The deal was called off in June. "
        "Nimbus agreed to acquire Lumera. Regulators later blocked the takeover. "
        "Corvane almost bought Tessaly in 2006. The merger reportedly fell through. "
        "Halvex agreed to buy Orbix. The deal closed in June.",
        {
            ("Halvex", "acquires", "Orbix"),
        },
        {
            ("Kestrel", "acquires", "Brightwave"),
            ("Nimbus", "acquires", "Lumera"),
        },
    ),
    (
        "joining_a_company_is_no_round_and_a_framing_part_no_unit",
        "Should regulators sign off, Kestrel will join Google Cloud, a fast-growing "
        "unit for the group. Last year Zentrix surprised analysts – under the "
        "so-called Project Finch, it chose to rent servers from Halvex. Pinecrest now "
        "operates as part of Microsoft's gaming unit.",
        {
            ("Pinecrest", "subsidiary_of", "Microsoft"),
        },
        {
            ("Kestrel", "invests_in", "Google"),
            ("Zentrix", "subsidiary_of", "Project Finch"),
        },
    ),
    (
        "a_backed_plural_group_is_not_the_name_after_it",
        "Halvex competes directly with Anthropic and other rivals such as "
        "Google-backed labs and French startup Mistral. Nvidia-backed firms such as "
        "Quillon are expanding quickly.",
        {
            ("Halvex", "competes_with", "Mistral AI"),
            ("Nvidia", "invests_in", "Quillon"),
        },
        {
            ("Google", "invests_in", "Halvex"),
            ("Google", "invests_in", "Mistral AI"),
        },
    ),
    (
        "tickers_with_commas_and_a_dangling_of_keep_the_list",
        "Chipmaker Halvex said it has secured $410 million from backers, including "
        "Dana Reyes of (AMZN.O), Microsoft (MSFT.O), Nvidia (NVDA.O), and several "
        "funds. Omar Lee, the creator of Pinecrest, together with the likes of "
        "OpenAI, Nvidia and Microsoft, are among many backers now putting money into "
        "Tessaly.",
        {
            ("Dana Reyes", "invests_in", "Halvex"),
            ("Microsoft", "invests_in", "Halvex"),
            ("Microsoft", "invests_in", "Tessaly"),
            ("Nvidia", "invests_in", "Halvex"),
            ("Nvidia", "invests_in", "Tessaly"),
            ("OpenAI", "invests_in", "Tessaly"),
        },
        set(),
    ),
    (
        "office_apps_are_products_a_model_comes_to",
        "Copilot is coming to Word, Excel and Teams next month. Gemini arrives across "
        "Gmail and Google Docs this week.",
        {
            ("Microsoft Word", "integrates", "Copilot"),
            ("Microsoft Excel", "integrates", "Copilot"),
            ("Microsoft Teams", "integrates", "Copilot"),
            ("Gmail", "integrates", "Gemini"),
            ("Google Docs", "integrates", "Gemini"),
        },
        set(),
    ),
    (
        "a_participle_after_the_hired_is_the_hirers",
        "In March Kestrel hired Li Wei, the founder of Nimbus, and his staff for $900 "
        "million, acquiring 40% of the startup's stock.",
        {
            ("Kestrel", "invests_in", "Nimbus"),
        },
        {
            ("Li Wei", "invests_in", "Nimbus"),
        },
    ),
    (
        "taking_a_company_to_court_sues_it",
        "Zentrix is taking Vextra to court, alleging it copied product code. Osprey "
        "took Finch to court last October.",
        {
            ("Osprey", "sues", "Finch"),
            ("Zentrix", "sues", "Vextra"),
        },
        set(),
    ),
    (
        "a_prefixed_verb_the_lemmatizer_misses",
        "Brightwave is a young start-up cofounded by Halden's former chief scientist Ann Lee.",
        {
            ("Brightwave", "founded_by", "Ann Lee"),
        },
        set(),
    ),
    (
        "using_after_the_made_thing_is_the_makers",
        "Quillon makes low-power server processors for cloud firms using Arm Holdings' designs.",
        {
            ("Quillon", "uses", "Arm"),
        },
        set(),
    ),
    (
        "using_after_a_measured_object_is_the_deployers",
        "Under the agreement Kestrel will deploy data centers totaling 2 gigawatts "
        "using Vexa's Orion GPUs.",
        {
            ("Kestrel", "uses", "Orion"),
        },
        set(),
    ),
    (
        "parties_to_one_deal_partner_each_other",
        "Kestrel and the Saudi group Halvex will be part of a $90 billion pact with "
        "Nimbus and Oracle to construct new server farms in Ohio.",
        {
            ("Halvex", "partners_with", "Oracle"),
            ("Kestrel", "partners_with", "Nimbus"),
            ("Nimbus", "partners_with", "Oracle"),
        },
        set(),
    ),
    (
        "selling_a_company_access_to_chips_is_its_use",
        "Google said its cloud division signed an agreement to sell Quillon access to "
        "tensor processing units. Finch sold all of its Harmon shares in March.",
        {
            ("Quillon", "uses", "TPU"),
        },
        {
            ("Finch", "invests_in", "Harmon"),
        },
    ),
    (
        "they_opening_a_sentence_are_the_pair_before",
        "Harmon Studios and Pinecrest Pictures revealed a major legal step on March "
        "4. They brought a copyright complaint in a California district court.",
        set(),
        {
            ("Harmon Studios", "sues", "Pinecrest Pictures"),
            ("Pinecrest Pictures", "sues", "Harmon Studios"),
        },
    ),
    (
        "rivalry_across_a_range_of_benchmarks_is_a_comparison",
        "Called V3, Tessaly's model has shown strong results, rivalling Anthropic's "
        "proprietary model on a variety of tests, including coding.",
        set(),
        {
            ("Anthropic", "competes_with", "Tessaly"),
            ("Tessaly", "competes_with", "Anthropic"),
        },
    ),
    (
        "a_bare_title_on_a_speaker_leads_the_company_the_words_name",
        "Oracle is reportedly negotiating a deal with Meta. CEO Ann Lee says Kestrel's "
        "vision is to bring AI to everyone.",
        {
            ("Ann Lee", "leads", "Kestrel"),
        },
        {
            ("Ann Lee", "leads", "Oracle"),
        },
    ),
    (
        "a_known_name_with_a_manufacturing_designator_is_one_name",
        "The startup Halvex Robotics has announced a pilot agreement with BMW "
        "Manufacturing to put its walking robots on a car assembly line.",
        {
            ("Halvex Robotics", "partners_with", "BMW Manufacturing"),
        },
        {
            ("Halvex Robotics", "partners_with", "Manufacturing"),
        },
    ),
    (
        "a_name_in_a_clause_describing_one_party_is_no_party",
        "Both Kestrel Media and The Daily Ledger, which are owned by Halvex Group, "
        "brought the case in a state court. Omar Lee, who once worked at Zentrix and "
        "Vextra, will serve as acting CEO. Li Wei, who started Tessaly Labs in 2018, "
        "was appointed chief executive of the firm.",
        {
            ("Li Wei", "leads", "Tessaly Labs"),
        },
        {
            ("Daily Ledger", "sues", "Halvex Group"),
            ("Kestrel Media", "sues", "Halvex Group"),
            ("Omar Lee", "leads", "Vextra"),
        },
    ),
    (
        "buying_a_company_from_its_owner_is_no_supply",
        "Zentrix said it would acquire Halvex from Pinecrest Holdings for up to $6 "
        "billion. The consortium is purchasing 60% of Osprey from Finch Capital. "
        "Lumora purchased 5,000 GPUs from Brightwave.",
        {
            ("Lumora", "uses", "Brightwave"),
            ("Zentrix", "acquires", "Halvex"),
        },
        {
            ("Zentrix", "uses", "Pinecrest"),
            ("Zentrix", "uses", "Pinecrest Holdings"),
        },
    ),
    (
        "joining_a_round_as_an_investor_backs_its_company",
        "Omar Lee's Pinecrest Capital has joined Quillon's newest round of financing "
        "as a first-time investor.",
        {
            ("Pinecrest Capital", "invests_in", "Quillon"),
        },
        {
            ("Quillon", "invests_in", "Pinecrest Capital"),
        },
    ),
    (
        "an_outlet_is_not_the_company_it_reports_on",
        "TechCrunch verified with Quillon that the startup is teaming up with Nimbus "
        "Cloud on the new site. In late March, Vextra submitted its S-1 ahead of a "
        "listing. The purchase will be Halvex Capital's biggest bet in the Asia "
        "Pacific so far.",
        set(),
        {
            ("Halvex Capital", "invests_in", "Asia Pacific"),
            ("Halvex Capital", "invests_in", "Pacific"),
            ("TechCrunch", "partners_with", "Nimbus Cloud"),
            ("Vextra", "develops", "S-1"),
        },
    ),
    (
        "a_maker_word_before_a_name_is_said_of_that_name_only",
        "A group of backers, among them the Aldi owner Halvex group, Siemens, "
        "Infineon and Dell Technologies, put 310 million dollars into a Paris-based "
        "robotics startup last month.",
        set(),
        {
            ("Infineon Technologies", "develops", "Aldi"),
            ("Infineon Technologies", "invests_in", "Aldi"),
            ("Siemens", "develops", "Aldi"),
            ("Siemens", "invests_in", "Aldi"),
        },
    ),
    (
        "the_company_a_subjects_own_description_names",
        "Assaf Rappaport, Wiz's chief executive, founded the company in 2020 with three "
        "colleagues.",
        {
            ("Wiz", "founded_by", "Assaf Rappaport"),
        },
        set(),
    ),
    (
        "a_said_clause_read_as_a_participle_is_a_clause",
        "The clinic said Pinecrest University Health Network partnered with Zentrix "
        "to improve patient records.",
        {
            ("Pinecrest University Health Network", "partners_with", "Zentrix"),
        },
        set(),
    ),
    (
        "a_race_between_hung_on_the_copula",
        "A bitter race has been on between chipmakers like Zentrix and Halvex for "
        "data center orders.",
        {
            ("Zentrix", "competes_with", "Halvex"),
        },
        set(),
    ),
    (
        "competitors_after_with_are_the_verbs_subjects_rivals",
        "The purchase signals that Osprey wants to sharpen its research and catch up "
        "with bigger competitors like Amazon and Anthropic. Halvex is catching up "
        "with rivals such as Finch.",
        {
            ("Halvex", "competes_with", "Finch"),
            ("Osprey", "competes_with", "Amazon"),
            ("Osprey", "competes_with", "Anthropic"),
        },
        set(),
    ),
    (
        "rolling_out_another_companys_product_uses_it",
        "Pinecrest Networks plans to roll out Nvidia's AI software across its Kenyan "
        "data centres by October. Zentrix recently rolled out its flagship AI chip "
        "Zen 5X.",
        {
            ("Pinecrest Networks", "uses", "Nvidia"),
        },
        {
            ("Zentrix", "uses", "Zen 5X"),
        },
    ),
    (
        "an_event_name_is_no_party",
        "Halvex Telecom said it staged the Nordic Telco AI Coalition Leaders Summit "
        "in Oslo. Finch partnered with the World Bank.",
        {
            ("Finch", "partners_with", "World Bank"),
        },
        {
            ("Nordic Telco AI Coalition Leaders Summit", "uses", "Halvex Telecom"),
        },
    ),
    (
        "building_on_deals_runs_on_nothing",
        "Halvex and Brightwave revealed the agreement. It builds on earlier Nvidia "
        "and AMD chip purchase agreements. Osprey builds on Nvidia's CUDA software.",
        {
            ("Osprey", "uses", "CUDA"),
        },
        {
            ("Brightwave", "uses", "Nvidia"),
            ("Halvex", "uses", "AMD"),
            ("Halvex", "uses", "Nvidia"),
        },
    ),
    (
        "running_across_companies_or_regions_is_no_cloud_use",
        "Anthropic's CEO said on Thursday that Claude is going to run across the "
        "three largest cloud providers, Amazon, Google and Microsoft.",
        set(),
        {
            ("Anthropic", "uses", "Amazon"),
            ("Anthropic", "uses", "Google"),
            ("Anthropic", "uses", "Microsoft"),
        },
    ),
    (
        "sum_from_investor_in_a_raise",
        "Corvane Systems raised $800 million, including $150 million from Lumora "
        "Capital and $50 million from Nimbus Ventures. Quillmark's $300 million round "
        "included $40 million from Orbix Labs. Tallyfox received $5 million from the "
        "sale of its unit.",
        {
            ("Lumora Capital", "invests_in", "Corvane Systems"),
            ("Nimbus Ventures", "invests_in", "Corvane Systems"),
            ("Orbix Labs", "invests_in", "Quillmark"),
        },
        set(),
    ),
    (
        "one_of_the_backers_along_with",
        "Quillmark raised $90 million in January. Nimbus Ventures is one of the "
        "backers, along with Tallyfox and Orbix Labs.",
        {
            ("Nimbus Ventures", "invests_in", "Quillmark"),
            ("Tallyfox", "invests_in", "Quillmark"),
            ("Orbix Labs", "invests_in", "Quillmark"),
        },
        set(),
    ),
    (
        "backer_named_as_second_subject",
        "At the same time, Quillmark's biggest backer is Lumora Capital, meaning that "
        "Quillmark is paying Tallyfox with money that is largely Lumora's.",
        {
            ("Lumora Capital", "invests_in", "Quillmark"),
        },
        set(),
    ),
    (
        "previously_on_the_verb_acting_on_a_partnership",
        "The regulator has previously cleared Quillmark's partnership with French "
        "startup Tallyfox. Nimbus previously had a partnership with Orbix Labs.",
        {
            ("Quillmark", "partners_with", "Tallyfox"),
        },
        {
            ("Nimbus", "partners_with", "Orbix Labs"),
        },
    ),
    (
        "platform_tail_gpu_units_and_joint_agents",
        "Other customers of the OCI Supercluster include Harmon Labs and Finch AI. "
        "Osprey Data has started constructing its AI campus in Lagos after recently "
        "buying 8,000 Nvidia graphics processing units. The campus powers the "
        'so-called "Quill Platform," built jointly by Brightwave Systems and Kestrel '
        "Capital.",
        {
            ("Brightwave Systems", "partners_with", "Kestrel Capital"),
            ("Finch AI", "uses", "OCI Supercluster"),
            ("Harmon Labs", "uses", "OCI Supercluster"),
        },
        {
            ("Brightwave Systems", "partners_with", "Quill Platform"),
            ("Harmon Labs", "uses", "Supercluster"),
            ("Nvidia", "subsidiary_of", "Osprey Data"),
        },
    ),
    (
        "rivalry_between_on_its_verb_and_battling_pair",
        "Fierce competition is brewing between Quillmark and Tallyfox to win orders. "
        "Orbix Labs and Nimbus Ventures are battling for market share. Corvane Systems "
        "and Lumora Capital battled in court over patents.",
        {
            ("Quillmark", "competes_with", "Tallyfox"),
            ("Orbix Labs", "competes_with", "Nimbus Ventures"),
        },
        {
            ("Corvane Systems", "competes_with", "Lumora Capital"),
        },
    ),
    (
        "antitrust_competition_is_no_rivalry",
        "The complaint alleges that Corvane Systems and Lumora Capital have thwarted "
        "competition to protect their monopolies. Quillmark and Tallyfox are in fierce "
        "competition.",
        {
            ("Quillmark", "competes_with", "Tallyfox"),
        },
        {
            ("Corvane Systems", "competes_with", "Lumora Capital"),
        },
    ),
    (
        "capitalised_title_after_its",
        "The alliance has been crucial, aiding Google and its Chief Executive Sundar "
        "Pichai in the cloud contest. Kestrel and its Chief Executive Ana Ruiz did "
        "not respond.",
        {
            ("Ana Ruiz", "leads", "Kestrel"),
            ("Sundar Pichai", "leads", "Google"),
        },
        {
            ("Ana Ruiz", "leads", "Google"),
        },
    ),
    (
        "product_in_brackets_after_its_maker",
        "Custom accelerators now come from Corvane Systems (Helix 2) and Lumora Capital "
        "(Orbit X1). Shares of Nimbus (Quillmark) rose.",
        {
            ("Corvane Systems", "develops", "Helix 2"),
            ("Lumora Capital", "develops", "Orbit X1"),
        },
        {
            ("Nimbus", "develops", "Quillmark"),
        },
    ),
    (
        "fund_name_acquired_talent_and_a_state_title",
        "Quillmark's main backers are Mubadala Investment and Nimbus Ventures. Lumora's "
        "acquisition of key Tallyfox talent surprised investors. Ana Ruiz, Oman's "
        "National Security Adviser, chairs Quillmark.",
        {
            ("Mubadala", "invests_in", "Quillmark"),
            ("Nimbus Ventures", "invests_in", "Quillmark"),
        },
        {
            ("Investment", "invests_in", "Quillmark"),
            ("Lumora", "acquires", "Tallyfox"),
            ("National Security Adviser", "based_in", "Oman"),
        },
    ),
    (
        "bare_title_takes_the_company_of_its_holders_apposition",
        "Lumora invested in Zentrix. Ana Ruiz, strategy chief at Quillmark, will take "
        "over as chief executive. Nimbus bought a stake in Tallyfox. Omar Lee, Orbix "
        "Labs's finance head, will take over as CEO.",
        {
            ("Ana Ruiz", "leads", "Quillmark"),
            ("Omar Lee", "leads", "Orbix Labs"),
        },
        {
            ("Ana Ruiz", "leads", "Lumora"),
            ("Omar Lee", "leads", "Nimbus"),
        },
    ),
    (
        "investments_named_among_and_heading_a_round",
        "Among Lumora Capital's other investments are Orbix Labs, a robotics startup, "
        "and Tallyfox, a health venture. Nimbus Ventures is heading the funding round "
        "for Quillmark.",
        {
            ("Lumora Capital", "invests_in", "Orbix Labs"),
            ("Lumora Capital", "invests_in", "Tallyfox"),
            ("Nimbus Ventures", "invests_in", "Quillmark"),
        },
        set(),
    ),
    (
        "round_led_with_a_co_investor",
        "Lumora led a $40 million funding round in Quillmark with existing backer Nimbus Ventures.",
        {
            ("Lumora", "invests_in", "Quillmark"),
            ("Nimbus Ventures", "invests_in", "Quillmark"),
        },
        set(),
    ),
    (
        "money_committed_to_a_cloud_is_spent_on_it",
        "Quillmark committed $30 billion to Microsoft Azure over five years. Tallyfox "
        "committed $20 million to Orbix Labs.",
        {
            ("Quillmark", "uses", "Azure"),
            ("Tallyfox", "invests_in", "Orbix Labs"),
        },
        {
            ("Quillmark", "invests_in", "Azure"),
        },
    ),
    (
        "chips_bought_as_processing_units",
        "Pinecrest Data has acquired some 6,500 Nvidia graphics processing units for "
        "a planned server hall.",
        {
            ("Pinecrest Data", "uses", "Nvidia"),
        },
        {
            ("Nvidia", "subsidiary_of", "Pinecrest Data"),
        },
    ),
    (
        "title_named_by_its_post_noun",
        "Li Wei is set to move into the CEO role at Halvex. Dana Reyes took on the "
        "role of CEO at Pinecrest. Omar Lee gave up the CEO role at Nimbus Labs.",
        {
            ("Dana Reyes", "leads", "Pinecrest"),
            ("Li Wei", "leads", "Halvex"),
        },
        {
            ("Omar Lee", "leads", "Nimbus Labs"),
        },
    ),
    (
        "a_case_name_is_no_maker",
        "The suit, Ruiz v. Tallyfox, accused the company behind the Helix chatbot of "
        "copying millions of books to train its large language models. Orbix Labs "
        "trained Helix 2 on Nimbus chips.",
        {
            ("Orbix Labs", "develops", "Helix 2"),
            ("Orbix Labs", "uses", "Nimbus"),
        },
        {
            ("Ruiz v. Tallyfox", "develops", "Helix"),
        },
    ),
    (
        "two_sellers_of_compute_the_dedicated_one_sells",
        "Zentrix has agreed a contract worth as much as $8bn with the cloud computing "
        "provider Halvex to provide processing capacity for its AI workloads.",
        {
            ("Zentrix", "uses", "Halvex"),
        },
        {
            ("Halvex", "uses", "Zentrix"),
        },
    ),
    (
        "a_chief_taken_on_by_another_company_leaves",
        "As part of a licensing deal, Lumora landed Quillmark's chief executive, "
        "Jonathan Ross, and several engineers. Orbix Labs brought in a Paris-based "
        "startup, Tallyfox.",
        {
            ("Tallyfox", "based_in", "Paris"),
        },
        {
            ("Jonathan Ross", "leads", "Quillmark"),
        },
    ),
    (
        "a_possibility_is_no_act",
        "Asked about the possibility of Quillmark investing in Tallyfox, its founder "
        "said it would be great. The prospect of Lumora buying Orbix Labs worried "
        "investors. The acquisition of Nimbus by Corvane Systems closed in May.",
        {
            ("Corvane Systems", "acquires", "Nimbus"),
        },
        {
            ("Quillmark", "invests_in", "Tallyfox"),
            ("Lumora", "acquires", "Orbix Labs"),
        },
    ),
    (
        "its_own_chips_are_the_builders",
        "Unlike rivals such as Google and OpenAI, Zentrix builds its own chips.",
        {
            ("Google", "competes_with", "Zentrix"),
        },
        {
            ("OpenAI", "uses", "Zentrix"),
        },
    ),
    (
        "a_deal_as_subject_holds_no_other_deal",
        "The Nimbus partnership will complement existing partnerships with Tallyfox, "
        "Orbix Labs and others rather than replace them. Lumora signed a partnership "
        "with Quillmark.",
        {
            ("Lumora", "partners_with", "Quillmark"),
        },
        {
            ("Nimbus", "partners_with", "Tallyfox"),
            ("Nimbus", "partners_with", "Orbix Labs"),
        },
    ),
    (
        "superchip_is_a_kind_of_chip",
        "During its first stage, Osprey will deploy 50,000 Nvidia GB200 Superchip "
        "processors. These chips will be linked over Nvidia's NVLink fabric.",
        {
            ("Osprey", "uses", "GB200"),
        },
        {
            ("Osprey", "uses", "Superchip"),
            ("Superchip", "uses", "NVLink"),
        },
    ),
    (
        "a version alias hyphened onto another name is part of that name",
        "Vantor released Vantor-V3, its open reasoning model, last week.",
        {
            ("Vantor", "develops", "Vantor-V3"),
        },
        {
            ("Vantor", "develops", "DeepSeek-V3"),
        },
    ),
    (
        'a known name after "to" read as an infinitive verb is the preposition\'s object',
        "Brightwave is pledging $4bn to Stargate, the data-centre venture.",
        {
            ("Brightwave", "invests_in", "Stargate"),
        },
        set(),
    ),
    (
        'a Unicode hyphen joins a place to "based" as the ASCII one does',
        "Vexo signed a multi‑year partnership with Berlin‑based Lumora.",
        {
            ("Vexo", "partners_with", "Lumora"),
            ("Lumora", "based_in", "Berlin"),
        },
        set(),
    ),
    (
        '"X rival" before a name is a rival of X, not of the clause\'s subject',
        "Nvidia put $5 billion into Vexo rival Lumora.",
        {
            ("Nvidia", "invests_in", "Lumora"),
            ("Lumora", "competes_with", "Vexo"),
        },
        {
            ("Lumora", "competes_with", "Nvidia"),
        },
    ),
    (
        "a regulator's form is no product",
        "Lumora disclosed the deal in its Form 8-K filed on Monday.",
        set(),
        {
            ("Lumora", "develops", "Form 8"),
        },
    ),
    (
        '"until" a future date keeps the state',
        "Until 2030, Zentrix will use Vexo as its cloud provider.",
        {
            ("Zentrix", "uses", "Vexo"),
        },
        set(),
    ),
    (
        "a data-centre project runs on chips",
        "Colossus will soon run on 300,000 Nvidia chips.",
        {
            ("Colossus", "uses", "Nvidia"),
        },
        set(),
    ),
    (
        "the named product a model is rolled out in hosts it",
        "Vexo will roll out Orion-1 in its Zeta assistant next month.",
        {
            ("Zeta", "integrates", "Orion-1"),
        },
        set(),
    ),
    (
        "rolling a product out to staff deploys it, no host",
        "Disney will roll out ChatGPT to its employees.",
        {
            ("Disney", "uses", "ChatGPT"),
        },
        {
            ("Disney", "integrates", "ChatGPT"),
        },
    ),
    (
        "kind words and plain nouns left after a known chip name are no name of their own",
        "Lumora will deploy half a gigawatt of AMD Instinct MI450 Series GPUs.",
        {
            ("Lumora", "uses", "MI450"),
        },
        set(),
    ),
    (
        "a name that only modifies the noun after its article is no list item",
        "Orbit, an early Tessaly investor, declined to comment.",
        {
            ("Orbit", "invests_in", "Tessaly"),
        },
        set(),
    ),
    (
        "a possessive description after a name is no list item",
        "Orbit sued Zentrix, Lumora's owner, and Vexo.",
        {
            ("Orbit", "sues", "Zentrix"),
            ("Orbit", "sues", "Vexo"),
        },
        {
            ("Orbit", "sues", "Lumora"),
        },
    ),
    (
        "a parent described by its unit is the one acting",
        "Tessaly, Quillmark's parent, will invest $2 billion in Lumora.",
        {
            ("Tessaly", "invests_in", "Lumora"),
            ("Quillmark", "subsidiary_of", "Tessaly"),
        },
        {
            ("Quillmark", "invests_in", "Lumora"),
        },
    ),
    (
        "each amount in a list of investments carries its own company",
        "Last year Vexo invested $40 million in Zentrix, $25 million in Lumora and $10 "
        "million in Quillmark.",
        {
            ("Vexo", "invests_in", "Zentrix"),
            ("Vexo", "invests_in", "Lumora"),
            ("Vexo", "invests_in", "Quillmark"),
        },
        set(),
    ),
    (
        "a typographic apostrophe after a name ending in s is a possessive",
        "Nimbus’ $2 billion buy of Lumora closed in June.",
        {
            ("Nimbus", "acquires", "Lumora"),
        },
        set(),
    ),
    (
        '"worth" an amount hung on the verb prices the contract its object names',
        "Zentrix signed a five-year contract with Oracle worth $4 billion.",
        {
            ("Zentrix", "uses", "Oracle"),
        },
        set(),
    ),
    (
        "an owner's product named before the noun, second in a list of possessives",
        "Export rules now cover Nvidia's H20 and AMD's MI308 AI chips sold in China.",
        {
            ("Nvidia", "develops", "H20"),
            ("AMD", "develops", "MI308"),
        },
        set(),
    ),
    (
        "making a cloud another company's provider makes no product",
        "Amazon put in $2 billion more, making AWS Lumora's main training partner and cloud host.",
        set(),
        {
            ("Amazon", "develops", "Amazon Web Services"),
        },
    ),
    (
        'a "while" clause whose subject was read as the object of "in" keeps its own subject',
        "In June, Orbit, Vexo and Quillmark agreed to a deal to acquire Tessaly, while "
        "in March Orbit invested $3 billion in Lumora.",
        {
            ("Orbit", "invests_in", "Lumora"),
        },
        {
            ("Vexo", "invests_in", "Lumora"),
            ("Quillmark", "invests_in", "Lumora"),
        },
    ),
    (
        "what a model is added as carries where it is added",
        "Vexo upgraded its assistant by adding Lumora's Orion 3 and Orion 4 as "
        "swappable back-ends in Zeta Studio.",
        {
            ("Zeta Studio", "integrates", "Orion 3"),
            ("Zeta Studio", "integrates", "Orion 4"),
            ("Lumora", "develops", "Orion 3"),
            ("Lumora", "develops", "Orion 4"),
        },
        set(),
    ),
    (
        '"until now" with a perfect tense ends the state it tells',
        "Zentrix is moving compute to Oracle. Until now, Vexo has been its only cloud provider.",
        set(),
        {
            ("Zentrix", "uses", "Vexo"),
        },
    ),
    (
        "a green light from someone is no funding",
        "Zentrix received the green light from Lumora to expand.",
        set(),
        {
            ("Lumora", "invests_in", "Zentrix"),
        },
    ),
    (
        '"Claude AI" is the model family, not the Claude.ai app',
        "Orbit backed Anthropic, maker of the Claude AI models, in 2023.",
        {
            ("Orbit", "invests_in", "Anthropic"),
            ("Anthropic", "develops", "Claude"),
        },
        {
            ("Anthropic", "develops", "Claude.ai"),
        },
    ),
    (
        '"if X were to" supposes, it does not state',
        "If Zentrix were to buy Vexo's chips, costs would fall.",
        set(),
        {
            ("Zentrix", "uses", "Vexo"),
        },
    ),
    (
        "coordinated subjects fighting for dominance compete with each other",
        "Lumora, Vexo and Zentrix are fighting for dominance in cloud AI.",
        {
            ("Lumora", "competes_with", "Vexo"),
            ("Lumora", "competes_with", "Zentrix"),
            ("Vexo", "competes_with", "Zentrix"),
        },
        set(),
    ),
    (
        "the providers a company turns to are used",
        "Zentrix turned to providers like CoreWeave and Oracle as demand grew.",
        {
            ("Zentrix", "uses", "CoreWeave"),
            ("Zentrix", "uses", "Oracle"),
        },
        set(),
    ),
    (
        "the name before a participle aside set off by commas is the subject of the verb after",
        "Zentrix, started only eighteen months ago, competes directly with Lumora.",
        {
            ("Zentrix", "competes_with", "Lumora"),
        },
        set(),
    ),
    (
        "a win for one against another is a rivalry",
        "The contract counts as a win for Lumora against Vexo.",
        {
            ("Lumora", "competes_with", "Vexo"),
        },
        set(),
    ),
    (
        "slugging it out with a company is competing with it",
        "Lumora's chip unit Zeta Labs spent years slugging it out with Rebellions.",
        {
            ("Zeta Labs", "competes_with", "Rebellions"),
        },
        set(),
    ),
    (
        "the head of a company's named part leads the part, not the company",
        "Vexo's Zeta Cloud head, Mara Quint, rejected the claim.",
        set(),
        {
            ("Mara Quint", "leads", "Vexo"),
        },
    ),
    (
        "a supplier first adopted and then left is no current supplier",
        "Lumora initially adopted Tessaly's accelerators but later designed its own "
        "processor with Arm.",
        set(),
        {
            ("Lumora", "uses", "Tessaly"),
        },
    ),
    (
        "a purchase once considered and left is no deal",
        "Lumora, which at one point considered buying Zentrix, is taking a $5 million "
        "stake in it instead.",
        set(),
        {
            ("Lumora", "acquires", "Zentrix"),
        },
    ),
    (
        "the companies a joint effort is by partner with each other",
        "Nimbus's first data hall, a joint effort by Vexo, Lumora and Orbit, opens near "
        "Austin next year.",
        {
            ("Vexo", "partners_with", "Lumora"),
            ("Vexo", "partners_with", "Orbit"),
            ("Lumora", "partners_with", "Orbit"),
        },
        set(),
    ),
    (
        "the visionary behind a company founded it",
        "Ravi Menon is the mastermind behind Krutrim, a Bengaluru AI lab.",
        {
            ("Krutrim", "founded_by", "Ravi Menon"),
        },
        set(),
    ),
    (
        'an outlet citing another is a source, no antecedent of a later "it"',
        "Reuters on Friday cited the Nikkei as saying Lumora will ship chips to Vexo. "
        "Lumora's gains show it is catching up with domestic rival Zentrix.",
        {
            ("Zentrix", "competes_with", "Lumora"),
        },
        {
            ("Zentrix", "competes_with", "Reuters"),
        },
    ),
    (
        "money committed to GPU clouds buys their capacity",
        "Vexo has committed over $20 billion to GPU clouds such as Nebius and CoreWeave.",
        {
            ("Vexo", "uses", "Nebius"),
            ("Vexo", "uses", "CoreWeave"),
        },
        {
            ("Vexo", "invests_in", "Nebius"),
            ("Vexo", "invests_in", "CoreWeave"),
        },
    ),
    (
        "a bare amount put in after a round is a share of that round",
        "Zentrix is raising roughly $600 million in new funding. Orbit has committed "
        "$100 million. Vexo is investing $90 million, and Lumora is contributing $50 "
        "million.",
        {
            ("Orbit", "invests_in", "Zentrix"),
            ("Vexo", "invests_in", "Zentrix"),
            ("Lumora", "invests_in", "Zentrix"),
        },
        set(),
    ),
    (
        "contributors to a round invest in it",
        "Tessaly raised $700 million in a Series D round led by Orbit. Other "
        "contributors include Vexo and Lumora.",
        {
            ("Orbit", "invests_in", "Tessaly"),
            ("Vexo", "invests_in", "Tessaly"),
            ("Lumora", "invests_in", "Tessaly"),
        },
        set(),
    ),
    (
        "a rival named only for its hold on a market is not the company described next",
        "Maya Chen has joined investors such as Vexo to fund Quillmark, a hardware "
        "startup out to break Nvidia's dominance. The Toronto-based company raised $600 "
        "million in a round led by Tessaly.",
        {
            ("Quillmark", "based_in", "Toronto"),
            ("Tessaly", "invests_in", "Quillmark"),
        },
        {
            ("Nvidia", "based_in", "Toronto"),
            ("Tessaly", "invests_in", "Nvidia"),
        },
    ),
    (
        "an example list the parser hung on the verb names the plural object",
        "Tessaly and Orbit have recently built voice assistants like Claude into their laptops.",
        {
            ("Orbit", "integrates", "Claude"),
            ("Tessaly", "integrates", "Claude"),
        },
        set(),
    ),
    (
        "features a model powers in products are the products' use of it",
        "Gemini now powers features in Zeta Studio and Copilot Chat.",
        {
            ("Zeta Studio", "uses", "Gemini"),
            ("Copilot Chat", "uses", "Gemini"),
        },
        set(),
    ),
    (
        "a generation tag is no product of its own",
        "The Zeta Gen 3 robot from Zentrix walks faster than before.",
        set(),
        {
            ("Zentrix", "develops", "Gen 3"),
        },
    ),
    (
        "an outlet that reveals a story is a source, no antecedent",
        "Reuters revealed that Vexo is in talks with Lumora, a turn for its flagship Zeta phone.",
        {
            ("Vexo", "develops", "Zeta"),
        },
        {
            ("Reuters", "develops", "Zeta"),
        },
    ),
    (
        "a province is a place",
        "Lumora is building a new campus in Kingston, Ontario.",
        set(),
        {
            ("Lumora", "develops", "Ontario"),
        },
    ),
    (
        "a capitalised plural common noun after a bullet is no name",
        "- Chat mode in Sheets — Users can pick Claude for analysis.",
        set(),
        {
            ("Users", "uses", "Claude"),
        },
    ),
    (
        "backing alongside a round's leaders goes to the company raising, not to the leaders",
        "Zentrix raised $475 million. Orbit and Vexo co-led the round, with backing "
        "from Tessaly Capital and Quillmark Ventures.",
        {
            ("Orbit", "invests_in", "Zentrix"),
            ("Vexo", "invests_in", "Zentrix"),
            ("Tessaly Capital", "invests_in", "Zentrix"),
            ("Quillmark Ventures", "invests_in", "Zentrix"),
        },
        {
            ("Tessaly Capital", "invests_in", "Orbit"),
            ("Quillmark Ventures", "invests_in", "Vexo"),
        },
    ),
    (
        "the named product a model is integrated through hosts it",
        "Vexo will integrate ChatGPT on its phones through Zeta Intelligence.",
        {
            ("Zeta Intelligence", "integrates", "ChatGPT"),
        },
        set(),
    ),
    (
        "departure_of_holder",
        "Quillon promoted Dana Reyes after the sudden departure of CEO Omar Lee to Zentrix.",
        set(),
        {
            ("Omar Lee", "leads", "Quillon"),
        },
    ),
    (
        "return_after_leaving",
        "Quillon's chief executive Dana Reyes plans to return to Vextra after leaving "
        "the startup this spring.",
        set(),
        {
            ("Dana Reyes", "leads", "Quillon"),
        },
    ),
    (
        "holder_moves_to",
        "Quillon CEO Dana Reyes will move to Vextra in June. Harmon CEO Omar Lee and "
        "two researchers landed jobs at Zentrix.",
        set(),
        {
            ("Dana Reyes", "leads", "Quillon"),
            ("Omar Lee", "leads", "Harmon"),
        },
    ),
    (
        "holder_moves_not_elsewhere",
        "After leaving Halvex, Dana Reyes became CEO of Quillon. Vextra CEO Omar Lee "
        "moved to expand the company into Europe. Harmon CEO Ana Ruiz will head to "
        "Paris for the summit. Orbit CEO Li Wei returned to Orbit in 2024.",
        {
            ("Dana Reyes", "leads", "Quillon"),
            ("Omar Lee", "leads", "Vextra"),
            ("Ana Ruiz", "leads", "Harmon"),
            ("Li Wei", "leads", "Orbit"),
        },
        set(),
    ),
    (
        "attempt_and_expiry",
        "In 2021 Vextra attempted to buy Quillon. Zentrix's license to use Harmon's "
        "chips expired in March. Lumora's license to use Orbit's chips expires in "
        "2030.",
        {
            ("Lumora", "uses", "Orbit"),
        },
        {
            ("Vextra", "acquires", "Quillon"),
            ("Zentrix", "uses", "Harmon"),
        },
    ),
    (
        "bare_title_held_there",
        "Quillon CEO Dana Reyes said that CEO Omar Lee had called her about a joint "
        "project. Harmon said on Monday that CEO Ana Ruiz would step in.",
        {
            ("Dana Reyes", "leads", "Quillon"),
            ("Ana Ruiz", "leads", "Harmon"),
        },
        {
            ("Omar Lee", "leads", "Quillon"),
        },
    ),
    (
        "unlikely_to",
        "Vextra is unlikely to take on Zentrix in memory chips any time soon.",
        set(),
        {
            ("Vextra", "competes_with", "Zentrix"),
        },
    ),
    (
        "dash_apposition_on_last_item",
        "A deal was struck by Lumora, Brightwave and Quillon — a startup based in "
        "Canada — after months of talks.",
        {
            ("Quillon", "based_in", "Canada"),
        },
        {
            ("Lumora", "based_in", "Canada"),
        },
    ),
    (
        "product_named_after_maker",
        "The Quillon Chat app runs on Quillon phones and on Vextra Cloud.",
        {
            ("Quillon Chat", "uses", "Vextra Cloud"),
        },
        {
            ("Quillon Chat", "uses", "Quillon"),
        },
    ),
    (
        "production_line_not_developed",
        "Zentrix is building a Kestrel production line in Busan, its third. Harmon is "
        "building the Finch chip.",
        {
            ("Harmon", "develops", "Finch"),
        },
        {
            ("Zentrix", "develops", "Kestrel"),
        },
    ),
    (
        "semicolon_list_no_apposition",
        "Its investors include Vextra; Zentrix; the venture units of Lumora and "
        "Harmon; and two pension funds.",
        set(),
        {
            ("Zentrix", "subsidiary_of", "Lumora"),
            ("Zentrix", "subsidiary_of", "Harmon"),
        },
    ),
    (
        "investor_alliance_no_partnership",
        "An alliance of investors, including Vextra, Zentrix and Harmon, has put 300 "
        "million euros into Lumora.",
        {
            ("Zentrix", "invests_in", "Lumora"),
            ("Harmon", "invests_in", "Lumora"),
        },
        {
            ("Zentrix", "partners_with", "Harmon"),
        },
    ),
    (
        "place_led_company_name",
        "Lumora raised money from Singapore Airlines and Ontario Power Generation. "
        "Arizona Public Service, a unit of Pinnacle West, signed a power deal with "
        "Lumora.",
        {
            ("Singapore Airlines", "invests_in", "Lumora"),
            ("Ontario Power Generation", "invests_in", "Lumora"),
            ("Arizona Public Service", "subsidiary_of", "Pinnacle West"),
        },
        {
            ("Public Service", "subsidiary_of", "Pinnacle West"),
        },
    ),
    (
        "one_digit_generation_before_chips",
        "Lumora trains its models on Amazon's Trainium 2 chips.",
        {
            ("Lumora", "uses", "Trainium 2"),
        },
        {
            ("Lumora", "uses", "Trainium"),
        },
    ),
    (
        "supply_a_company",
        "Zentrix said it would supply Lumora. Harmon supplies Kestrel chips.",
        {
            ("Lumora", "uses", "Zentrix"),
        },
        {
            ("Kestrel", "uses", "Harmon"),
        },
    ),
    (
        "dated_opening_without_comma",
        "In 2024 Vextra invested $100 million in Quillon. On Monday Harmon and Zentrix "
        "announced a partnership.",
        {
            ("Vextra", "invests_in", "Quillon"),
            ("Harmon", "partners_with", "Zentrix"),
        },
        {
            ("Monday Harmon", "partners_with", "Zentrix"),
        },
    ),
    (
        "descriptions_listed_before_one_name",
        "Vextra put $2 billion into Google rival and search startup Perplexity. "
        "Monday Ventures invested in Harmon.",
        {
            ("Vextra", "invests_in", "Perplexity"),
            ("Monday Ventures", "invests_in", "Harmon"),
        },
        {
            ("Vextra", "invests_in", "Google"),
        },
    ),
    (
        "roster_of_partners_not_each_other",
        "Lumora's roster of cloud partners, which includes Vextra Cloud, Harmon and "
        "Zentrix, keeps growing.",
        set(),
        {
            ("Harmon", "partners_with", "Zentrix"),
            ("Vextra Cloud", "partners_with", "Harmon"),
        },
    ),
    (
        "duopoly_dominated_by",
        "Analysts call cloud storage in Europe a duopoly dominated by Quillon and Zentrix.",
        {
            ("Quillon", "competes_with", "Zentrix"),
        },
        set(),
    ),
    (
        "host_made_by",
        "Ana Ruiz plans to build the Osprey assistant into trucks made by Harmon, the "
        "firm she chairs.",
        {
            ("Harmon", "integrates", "Osprey"),
        },
        set(),
    ),
    (
        "interim_post_after_former_one",
        "Ana Ruiz, formerly president of Quillon and a director at Harmon, will act "
        "as interim CEO.",
        {
            ("Ana Ruiz", "leads", "Quillon"),
        },
        {
            ("Ana Ruiz", "leads", "Harmon"),
        },
    ),
    (
        "glued_model_suffix",
        "Harmon open-sourced its Qwen2.5-1M model, and Zentrix released MAI-1-preview to testers.",
        {
            ("Harmon", "develops", "Qwen2.5-1M"),
            ("Zentrix", "develops", "MAI-1-preview"),
        },
        {
            ("Zentrix", "develops", "MAI-1"),
        },
    ),
    (
        "signature_title_then_company",
        "Dana Reyes, CEO, Quillon, said the deal would help.",
        {
            ("Dana Reyes", "leads", "Quillon"),
        },
        set(),
    ),
    (
        "participles_share_agent",
        "Quillon, co-founded and led by Dana Reyes, grew fast. Harmon was founded in "
        "2020 and acquired by Zentrix in 2023.",
        {
            ("Quillon", "founded_by", "Dana Reyes"),
            ("Zentrix", "acquires", "Harmon"),
        },
        {
            ("Harmon", "founded_by", "Zentrix"),
        },
    ),
    (
        "noun_read_as_adverb",
        "Quillon's $3 billion funding round from Harmon closed last week.",
        {
            ("Harmon", "invests_in", "Quillon"),
        },
        set(),
    ),
    (
        "lagging_behind_rivals_like",
        "Quillon, long lagging behind competitors like Vextra and Zentrix, hired a "
        'new team. The suite runs on the so-called "Orbit Stack," built jointly by '
        "Harmon and Lumora.",
        {
            ("Quillon", "competes_with", "Vextra"),
            ("Quillon", "competes_with", "Zentrix"),
            ("Harmon", "develops", "Orbit Stack"),
        },
        set(),
    ),
    (
        "rivals_in_while_clause",
        "While rivals like Vextra and Zentrix mostly rely on leased capacity, "
        "Quillon's home-grown approach lets it ship faster.",
        {
            ("Quillon", "competes_with", "Vextra"),
            ("Quillon", "competes_with", "Zentrix"),
        },
        set(),
    ),
    (
        "denial_said_of_the_deal",
        "Harmon's investment in Quillon is not its first in robotics. Vextra's bid "
        "for Lumora was not approved.",
        {
            ("Harmon", "invests_in", "Quillon"),
        },
        {
            ("Vextra", "acquires", "Lumora"),
        },
    ),
    (
        "alternative_provided_is_no_supply",
        "Harmon wants to provide an alternative to Zentrix for buyers in Asia. Orbit "
        "will provide chips to Quillon.",
        {
            ("Quillon", "uses", "Orbit"),
        },
        {
            ("Zentrix", "uses", "Harmon"),
        },
    ),
    (
        "rivals_told_by_names",
        "Two old rivals, Vextra and Zentrix, agreed to share a data center. Its "
        "rivals, Harmon and Orbit, declined to comment.",
        {
            ("Vextra", "competes_with", "Zentrix"),
        },
        {
            ("Harmon", "competes_with", "Orbit"),
        },
    ),
    (
        "suit_against_unnamed_party_names_no_company",
        "Corvane, the maker of Orbit, brought a lawsuit against one of its past "
        "contractors this spring.",
        {
            ("Corvane", "develops", "Orbit"),
        },
        {
            ("Corvane", "sues", "Orbit"),
        },
    ),
    (
        "filed_against_read_apart_from_its_suit",
        "Patel said that in the suit Quillon has filed against Marrow and Apple, the "
        "startup has been slow to hand over records.",
        {
            ("Quillon", "sues", "Marrow"),
            ("Quillon", "sues", "Apple"),
        },
        set(),
    ),
    (
        "relying_on_customers_is_no_use_of_them",
        "Quorra still leans heavily on its largest customers, such as Halden and Brixo.",
        {
            ("Halden", "uses", "Quorra"),
            ("Brixo", "uses", "Quorra"),
        },
        {
            ("Quorra", "uses", "Halden"),
            ("Quorra", "uses", "Brixo"),
        },
    ),
    (
        "possessive_backing_of_names_the_backer",
        "Tamsin Capital has had some misses, such as its costly backing of Nestwork, "
        "but it keeps making large bets.",
        {
            ("Tamsin Capital", "invests_in", "Nestwork"),
        },
        {
            ("Nestwork", "invests_in", "Tamsin Capital"),
        },
    ),
    (
        "possessive_owner_before_name_is_the_parent",
        "Pellwick's owner Drayton Group was also named in the complaint.",
        {
            ("Pellwick", "subsidiary_of", "Drayton Group"),
        },
        set(),
    ),
    (
        "description_of_first_name_not_of_later_conjunct",
        "Quorra, the developer of Lumen, and Brixo both posted quarterly results on Monday.",
        {
            ("Quorra", "develops", "Lumen"),
        },
        {
            ("Brixo", "develops", "Lumen"),
        },
    ),
    (
        "name_ending_in_capital_before_full_stop",
        "Astronaut turned investor Mira Kestel founded OrbitX.",
        {
            ("OrbitX", "founded_by", "Mira Kestel"),
        },
        set(),
    ),
    (
        "enterprises_ends_a_company_name",
        "Adani Enterprises and Brixo set up Norvik, a joint venture for data centres.",
        {
            ("Adani Enterprises", "partners_with", "Brixo"),
            ("Adani Enterprises", "invests_in", "Norvik"),
        },
        {
            ("Enterprises", "partners_with", "Brixo"),
        },
    ),
    (
        "dependence_on_customers_is_no_use",
        "Halden's dependence on big customers such as Quorra and Brixo worries investors.",
        set(),
        {
            ("Halden", "uses", "Quorra"),
            ("Halden", "uses", "Brixo"),
        },
    ),
    (
        "competing_as_modifier_names_no_rivals_among_subjects",
        "Quorra and Brixo are developing competing chips.",
        set(),
        {
            ("Quorra", "competes_with", "Brixo"),
        },
    ),
    (
        "part_of_infrastructure_is_no_unit",
        "Quorra relies on Oracle's MySQL HeatWave service as part of its internal infrastructure.",
        {
            ("Quorra", "uses", "MySQL HeatWave"),
            ("Oracle", "develops", "MySQL HeatWave"),
        },
        {
            ("Quorra", "subsidiary_of", "Oracle"),
        },
    ),
    (
        "venture_formed_by_owners_partner_each_other",
        "Analysts point to other new ventures, among them the Ravel joint venture "
        "formed last spring by Quorra, Brixo, and Halden.",
        {
            ("Quorra", "partners_with", "Brixo"),
            ("Quorra", "partners_with", "Halden"),
            ("Brixo", "partners_with", "Halden"),
            ("Quorra", "invests_in", "Ravel"),
        },
        set(),
    ),
    (
        "amount_object_read_before_a_deal_on_the_verb",
        "Tamsin Capital earlier invested $2 billion in Halden in a three-year arrangement.",
        {
            ("Tamsin Capital", "invests_in", "Halden"),
        },
        set(),
    ),
    (
        "some_of_a_company_customers_include",
        "Some of Brixo's customers include Halden, Tamsin Labs and Quorra.",
        {
            ("Halden", "uses", "Brixo"),
            ("Tamsin Labs", "uses", "Brixo"),
            ("Quorra", "uses", "Brixo"),
        },
        set(),
    ),
    (
        "some_of_a_company_rivals_include",
        "Some of Brixo's rivals include Halden and Quorra.",
        {
            ("Halden", "competes_with", "Brixo"),
            ("Quorra", "competes_with", "Brixo"),
        },
        set(),
    ),
    (
        "with_name_then_participle_phrase",
        "Tamsin Labs confirmed that it will be teaming up with Nvidia going forward.",
        {
            ("Tamsin Labs", "partners_with", "Nvidia"),
        },
        set(),
    ),
    (
        "surname_that_is_also_a_town",
        "Brixo CEO James Quincy told staff the plan was on track.",
        {
            ("James Quincy", "leads", "Brixo"),
        },
        set(),
    ),
    (
        "divested_to_a_buyer",
        "Halden divested Ordora, its pricing software unit, to Mastercard in late 2021.",
        {
            ("Mastercard", "acquires", "Ordora"),
        },
        set(),
    ),
    (
        "family_alias_before_known_member",
        "Brixo runs its models on Huawei Ascend 910C chips.",
        {
            ("Brixo", "uses", "Ascend 910C"),
        },
        {
            ("Brixo", "uses", "Huawei Ascend 910C"),
        },
    ),
    (
        "past_consideration_is_no_deal",
        "Over the winter Halden quietly considered teaming up with Brixo or Quorra.",
        set(),
        {
            ("Halden", "partners_with", "Brixo"),
            ("Halden", "partners_with", "Quorra"),
        },
    ),
    (
        "pronoun_owner_of_a_known_product_is_no_maker",
        "Quill Media chief Dana Reyes spoke on Monday. Rival sites feel squeezed by his "
        "ChatGPT and similar tools.",
        {
            ("Dana Reyes", "leads", "Quill Media"),
        },
        {
            ("Dana Reyes", "develops", "ChatGPT"),
        },
    ),
    (
        "former_goes_for_the_whole_title_chain",
        "The deal sees former Quorra founder and CEO Lena Ortiz join Brixo.",
        {
            ("Quorra", "founded_by", "Lena Ortiz"),
        },
        {
            ("Lena Ortiz", "leads", "Quorra"),
        },
    ),
    (
        "aside_speaker_speaks_for_the_subject_company",
        "Halden phones now carry tools from Google and Perplexity. Perplexity, popular "
        "for its answer engine, should make the phones far smarter, as stressed by CEO "
        "Lena Ortiz at the launch.",
        {
            ("Lena Ortiz", "leads", "Perplexity"),
        },
        {
            ("Lena Ortiz", "leads", "Google"),
        },
    ),
    (
        "pair_of_people_then_their_names",
        "Tavel Labs was founded by a pair of Oxford graduates, Lena Ortiz and Omar "
        "Reyes, along with Dana Kim.",
        {
            ("Tavel Labs", "founded_by", "Lena Ortiz"),
            ("Tavel Labs", "founded_by", "Omar Reyes"),
            ("Tavel Labs", "founded_by", "Dana Kim"),
        },
        set(),
    ),
    (
        "share_of_named_chips_bought",
        "Halden has been buying more of Nvidia's H100 chips for its new cluster.",
        {
            ("Halden", "uses", "H100"),
        },
        set(),
    ),
    (
        "underpin_is_powering",
        "Large language models such as GPT-4 underpin Brixo's assistant, Orbit.",
        {
            ("Orbit", "uses", "GPT-4"),
        },
        set(),
    ),
    (
        "challenge_dominance_of_owner",
        "Brixo is one of several startups challenging the dominance of Google in web search.",
        {
            ("Brixo", "competes_with", "Google"),
        },
        set(),
    ),
    (
        "second_object_named_by_its_apposition",
        "Brixo unveiled a new assistant, Orbit, and a coding model, Quill Pro.",
        {
            ("Brixo", "develops", "Orbit"),
            ("Brixo", "develops", "Quill Pro"),
        },
        set(),
    ),
    (
        "common_noun_after_a_known_company_in_one_name",
        "Google said its Google TV software will get a new assistant next year.",
        {
            ("Google", "develops", "Google TV"),
        },
        {
            ("Google", "develops", "TV"),
        },
    ),
    (
        "versions_listed_without_their_family",
        "Huawei unveiled the Ascend 910B, 910C, and 920 at its developer event.",
        {
            ("Huawei", "develops", "Ascend 910C"),
            ("Huawei", "develops", "Ascend 920"),
        },
        set(),
    ),
    (
        "decimal_version_listed_without_its_family",
        "Meta released Llama 3.1 and 3.2 within a few months.",
        {
            ("Meta", "develops", "Llama 3.2"),
        },
        set(),
    ),
    (
        "app_company_owned_by_its_parent",
        "ByteDance, the parent company of TikTok, faces a new deadline. ByteDance's "
        "TikTok app keeps growing.",
        {
            ("TikTok Inc.", "subsidiary_of", "ByteDance"),
            ("ByteDance", "develops", "TikTok"),
        },
        set(),
    ),
    (
        "chips_named_by_their_maker_alone",
        "By last spring Korvo ran some 80,000 Nvidia GPUs in its halls.",
        {
            ("Korvo", "uses", "Nvidia"),
        },
        set(),
    ),
    (
        "investees_own_sale_of_other_stakes_ends_no_investment",
        "Lumora sold its holdings in several overseas firms before landing a $1 billion "
        "investment from Zentrix.",
        {
            ("Zentrix", "invests_in", "Lumora"),
        },
        set(),
    ),
    (
        "backer_replaced_as_the_biggest_stays_a_backer",
        "Zentrix has replaced Halvex as Lumora's biggest outside investor.",
        {
            ("Halvex", "invests_in", "Lumora"),
        },
        {
            ("Halvex", "invests_in", "Zentrix"),
        },
    ),
    (
        "stake_sold_by_its_holder_is_no_current_investment",
        "Zentrix has sold all of its shares in Lumora this spring.",
        set(),
        {
            ("Zentrix", "invests_in", "Lumora"),
        },
    ),
    (
        "another_employer_left_ends_no_post",
        "Lumora Chief Executive Ana Ruiz has said she and her co-founders left Google "
        "to prove a point.",
        {
            ("Ana Ruiz", "leads", "Lumora"),
        },
        set(),
    ),
    (
        "own_employer_left_ends_the_post",
        "Ana Ruiz, Lumora's chief executive, said she would leave Lumora in June.",
        set(),
        {
            ("Ana Ruiz", "leads", "Lumora"),
        },
    ),
    (
        "names_inside_a_denied_phrase_still_hold",
        "The new bot has not won the same following as OpenAI's ChatGPT.",
        {
            ("OpenAI", "develops", "ChatGPT"),
        },
        set(),
    ),
    (
        "denied_description_of_a_name_outside",
        "Nvidia is not OpenAI's rival. Ana Ruiz is not Lumora's CEO.",
        set(),
        {
            ("Nvidia", "competes_with", "OpenAI"),
            ("Ana Ruiz", "leads", "Lumora"),
        },
    ),
    (
        "not_solely_is_a_limit_not_a_denial",
        "The deal means Korvo does not depend solely on Nvidia. Halvex does not depend on Zentrix.",
        {
            ("Korvo", "uses", "Nvidia"),
        },
        {
            ("Halvex", "uses", "Zentrix"),
        },
    ),
    (
        "not_only_on_the_object_is_a_limit",
        "Zentrix will not rely only on Azure for its training runs.",
        {
            ("Zentrix", "uses", "Azure"),
        },
        set(),
    ),
    (
        "its_binds_to_the_subject_before_a_fronted_contrast",
        "Unlike Zentrix, Korvo releases its models openly. Like Lumora, Brixo ships its chips"
        " to hospitals.",
        set(),
        {
            ("Korvo", "develops", "Zentrix"),
            ("Brixo", "develops", "Lumora"),
        },
    ),
    (
        "based_description_is_not_a_company_based_elsewhere",
        "Sakana AI, a rival of OpenAI, drew new money this month. Nvidia invested in the "
        "Tokyo-based startup.",
        {
            ("Nvidia", "invests_in", "Sakana AI"),
            ("Sakana AI", "based_in", "Tokyo"),
        },
        {
            ("Nvidia", "invests_in", "OpenAI"),
            ("OpenAI", "based_in", "Tokyo"),
        },
    ),
    (
        "based_description_after_a_backed_rival",
        "Korvo, which competes with Microsoft-backed OpenAI, closed a round led by Nvidia. "
        "Analysts said the deal values the Toronto-based company at  billion.",
        {
            ("Korvo", "based_in", "Toronto"),
        },
        {
            ("OpenAI", "based_in", "Toronto"),
        },
    ),
    (
        "led_by_staff_of_a_company_is_no_round_lead",
        "Korvo, an AI startup from Paris, has added $300 million in a round led by Brixo "
        "Capital. Details: Korvo is led by former Google execs including Ana Ruiz and Omar "
        "Lee.",
        {
            ("Brixo Capital", "invests_in", "Korvo"),
            ("Ana Ruiz", "leads", "Korvo"),
        },
        {
            ("Google", "invests_in", "Korvo"),
            ("Ana Ruiz", "leads", "Google"),
        },
    ),
    (
        "led_by_former_staff_names_no_leader",
        "Korvo is led by former Zentrix executives. Lumora is run by ex-Brixo engineers who "
        "manage the company from Oslo.",
        set(),
        {
            ("Zentrix", "leads", "Korvo"),
            ("Brixo", "leads", "Lumora"),
        },
    ),
    (
        "ai_giant_may_be_a_large_startup",
        "OpenAI signed a $12 billion deal with CoreWeave. As part of it, the AI giant will "
        "also buy a $350 million stake in Nvidia-backed CoreWeave.",
        {
            ("OpenAI", "invests_in", "CoreWeave"),
            ("Nvidia", "invests_in", "CoreWeave"),
        },
        {
            ("Nvidia", "invests_in", "OpenAI"),
        },
    ),
    (
        "chip_giant_is_a_chip_maker",
        "Nvidia and Anthropic agreed a deal on Monday. The chip giant will invest $10 billion"
        " in the startup.",
        {
            ("Nvidia", "invests_in", "Anthropic"),
        },
        {
            ("Anthropic", "invests_in", "Nvidia"),
        },
    ),
    (
        "licence_provided_or_granted_is_a_partnership",
        "Korvo will provide Zentrix with a non-exclusive licence for its speech models. Brixo"
        " granted Lumora a license to its chip designs.",
        {
            ("Korvo", "partners_with", "Zentrix"),
            ("Brixo", "partners_with", "Lumora"),
        },
        {
            ("Zentrix", "uses", "Korvo"),
        },
    ),
    (
        "capitalised_title_listed_with_the_name",
        '"Demand keeps rising," said Pat Gelsinger, Intel Chair and CEO.',
        {
            ("Pat Gelsinger", "leads", "Intel"),
        },
        set(),
    ),
    (
        "as_phrase_opening_the_sentence_describes_the_subject",
        "As the lead investor in Lumora Labs, Brixo Capital has won the right to resell its "
        "models. As CEO of Korvo Systems, Ana Ruiz signs every contract.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Ana Ruiz", "leads", "Korvo Systems"),
        },
        set(),
    ),
    (
        "legal_challenge_is_a_suit",
        "Lumora Labs is fighting legal challenges from Halvex Media and Brixo Media over its "
        "use of articles. Orvane has mounted a legal challenge against Korvo Systems.",
        {
            ("Halvex Media", "sues", "Lumora Labs"),
            ("Brixo Media", "sues", "Lumora Labs"),
            ("Orvane", "sues", "Korvo Systems"),
        },
        set(),
    ),
    (
        "suit_with_its_own_clause_names_its_plaintiff",
        "The ruling affects a suit filed last year by writers Ana Ruiz and Omar Lee, who "
        "alleged that Lumora Labs had copied their novels. It also mirrors the complaint "
        "Reddit lodged against Lumora Labs in May.",
        {
            ("Ana Ruiz", "sues", "Lumora Labs"),
            ("Reddit", "sues", "Lumora Labs"),
        },
        {
            ("Lumora Labs", "sues", "Ana Ruiz"),
            ("Lumora Labs", "sues", "Omar Lee"),
        },
    ),
    (
        "bracketed_name_at_sentence_end_is_a_citation",
        "Lumora Labs builds drones for armies. This year it also launched its own Kite-3 "
        "drones (Sifted).",
        set(),
        {
            ("Sifted", "subsidiary_of", "Lumora Labs"),
            ("Sifted", "develops", "Kite-3"),
        },
    ),
    (
        "justice_department_is_a_regulator",
        "Regulators are studying the alliance between Microsoft and OpenAI and the Department"
        " of Justice, which also looks at Nvidia.",
        {
            ("Microsoft", "partners_with", "OpenAI"),
        },
        {
            ("Microsoft", "partners_with", "U.S. Department of Justice"),
        },
    ),
    (
        "subject_modifier_is_not_the_company_described",
        "Back in 2021, Halvex partner fund Brixo Capital became the startup's first American "
        "investor.",
        set(),
        {
            ("Brixo Capital", "invests_in", "Halvex"),
        },
    ),
    (
        "plural_title_is_no_name",
        "Korvo Systems was set up in 2017 by Ana Ruiz with Professors Omar Lee and Dana "
        "Reyes, and Brixo Capital backed it early.",
        {
            ("Brixo Capital", "invests_in", "Korvo Systems"),
        },
        {
            ("Professors", "invests_in", "Korvo Systems"),
            ("Professors", "founded_by", "Korvo Systems"),
        },
    ),
    (
        "numbered_generation_is_part_of_the_chip_name",
        "The Zentra X2 handsets are early customers of the Snapdragon 8 Gen 3 SoCs from Qualcomm.",
        {
            ("Zentra X2", "uses", "Snapdragon 8 Gen 3"),
            ("Qualcomm", "develops", "Snapdragon 8 Gen 3"),
        },
        {
            ("Zentra X2", "uses", "Snapdragon 8"),
            ("Qualcomm", "develops", "Gen 3 SoCs"),
        },
    ),
    (
        "called_someones_competition_is_a_rival",
        "Korvo Systems is seen as Zentrix Labs' chief competition. Search has become the "
        "newest arena to pit Brixo AI against Halvex Cloud.",
        {
            ("Korvo Systems", "competes_with", "Zentrix Labs"),
            ("Brixo AI", "competes_with", "Halvex Cloud"),
        },
        set(),
    ),
    (
        "a_name_completed_by_a_longer_name_in_the_chunk",
        "Korvo Systems released Nimbus 3 in May, and a week later shipped an assistant "
        "powered by Nimbus 3.",
        {
            ("Korvo Systems", "develops", "Nimbus 3"),
        },
        {
            ("Korvo Systems", "develops", "Nimbus"),
        },
    ),
    (
        "develops_through_nouns_and_modifiers",
        "The funds will support Korvo Systems' continued development of AI systems, including"
        " Nimbus 3, which is in training. The cluster will grow using Nvidia's Spectrum-X "
        "Ethernet networking platform. Orbit is a rival to Apple's (AAPL) Safari.",
        {
            ("Korvo Systems", "develops", "Nimbus 3"),
            ("Nvidia", "develops", "Spectrum-X"),
            ("Apple", "develops", "Safari"),
        },
        set(),
    ),
    (
        "contributing_to_development_is_not_developing",
        "Lumora Labs contributes to the development of the Brixo Neuron toolkit.",
        set(),
        {
            ("Lumora Labs", "develops", "Brixo Neuron"),
        },
    ),
    (
        "version_after_an_unknown_name_is_part_of_it",
        "Korvo Systems rolled out Nimbus 2 to paying users on Tuesday and open-sourced its "
        "Vextra 4 model on Friday.",
        {
            ("Korvo Systems", "develops", "Nimbus 2"),
            ("Korvo Systems", "develops", "Vextra 4"),
        },
        {
            ("Korvo Systems", "develops", "Nimbus"),
            ("Korvo Systems", "develops", "Vextra"),
        },
    ),
    (
        "money_bet_and_an_agreed_takeover",
        "Brixo Capital bet $1 billion on Korvo Systems last year. Halvex agreed to take over "
        "Lumora Labs, and Ana Ruiz will take over as CEO.",
        {
            ("Brixo Capital", "invests_in", "Korvo Systems"),
            ("Halvex", "acquires", "Lumora Labs"),
        },
        set(),
    ),
    (
        "deal_for_named_capacity_is_a_use",
        "Korvo Systems struck a multiyear deal for Azure capacity. Lumora Labs signed a $10 "
        "billion contract for Oracle cloud services.",
        {
            ("Korvo Systems", "uses", "Azure"),
            ("Lumora Labs", "uses", "Oracle"),
        },
        set(),
    ),
    (
        "a_post_held_until_last_year_is_over",
        "Ana Ruiz, chief executive of Korvo Systems until last year, now advises Brixo AI. "
        "Omar Lee ran Lumora Labs until recently.",
        set(),
        {
            ("Ana Ruiz", "leads", "Korvo Systems"),
            ("Omar Lee", "leads", "Lumora Labs"),
        },
    ),
    (
        "first_of_two_clauses_read_as_a_participle",
        "Brixo Capital first invested in Korvo Systems in 2022 and has since led two more rounds.",
        {
            ("Brixo Capital", "invests_in", "Korvo Systems"),
        },
        set(),
    ),
    (
        "the_chipmaker_is_a_chip_maker_named_before",
        "Brixo AI is one of the biggest users of Nvidia's chips. The chipmaker's other "
        "customers include Lumora Labs. Halvex buys Korvo Systems' chips, and the chipmaker "
        "also sells to Zentrix Labs.",
        {
            ("Brixo AI", "uses", "Nvidia"),
            ("Lumora Labs", "uses", "Nvidia"),
        },
        {
            ("Lumora Labs", "uses", "Brixo AI"),
        },
    ),
    (
        "numbered_items_after_a_dash_name_no_company",
        "Brixo Capital's $150 million stake in Korvo Systems surprised rivals. Korvo Systems "
        "has deployed two chat models — one trained on court filings, the other on medical "
        "records.",
        {
            ("Brixo Capital", "invests_in", "Korvo Systems"),
        },
        {
            ("Korvo Systems", "uses", "Brixo Capital"),
        },
    ),
    (
        "headline_verb_read_as_a_noun_ends_a_post",
        "Korvo Systems board fires CEO Ana Ruiz.",
        set(),
        {
            ("Ana Ruiz", "leads", "Korvo Systems"),
        },
    ),
    (
        "a_numbered_unknown_name_is_a_release",
        "Korvo Systems released Nimbus 5 and said it beats competitors such as Zentrix Labs' "
        "Orion 3.",
        {
            ("Korvo Systems", "develops", "Nimbus 5"),
            ("Zentrix Labs", "develops", "Orion 3"),
        },
        {
            ("Orion 3", "subsidiary_of", "Zentrix Labs"),
        },
    ),
    (
        "name_inside_a_title_phrase_and_a_successor",
        "Lumora Labs was founded in 2021 by Korvo Systems' former vice president of research "
        "Ana Ruiz and her sister Dana Ruiz. Omar Lee, Ana Ruiz's successor as chief of Korvo "
        "Systems, announced the merger.",
        {
            ("Lumora Labs", "founded_by", "Ana Ruiz"),
            ("Lumora Labs", "founded_by", "Dana Ruiz"),
            ("Omar Lee", "leads", "Korvo Systems"),
        },
        set(),
    ),
    (
        "goods_rented_from_a_seller",
        "Korvo Systems trains its models on thousands of Nvidia H100 chips rented from "
        "CoreWeave. Lumora Labs built its cluster with servers bought from Brixo Cloud.",
        {
            ("Korvo Systems", "uses", "CoreWeave"),
            ("Korvo Systems", "uses", "H100"),
            ("Lumora Labs", "uses", "Brixo Cloud"),
        },
        set(),
    ),
    (
        "no_longer_an_investor_has_ended",
        "Korvo Systems is no longer an investor in Lumora Labs. Brixo Capital no longer holds"
        " shares in Halvex.",
        set(),
        {
            ("Korvo Systems", "invests_in", "Lumora Labs"),
            ("Brixo Capital", "invests_in", "Halvex"),
        },
    ),
    (
        "product_named_with_a_companion_tail",
        "Halvex's new AI Companion feature relies on language models from Zentrix Labs and "
        "Brixo AI.",
        {
            ("Halvex", "develops", "AI Companion"),
            ("AI Companion", "uses", "Zentrix Labs"),
            ("AI Companion", "uses", "Brixo AI"),
        },
        set(),
    ),
    (
        "long_paragraph_ending_in_a_question_is_read",
        "So, just as Brixo Capital pours another $2 billion into Nimbus maker Lumora Labs, "
        "the real puzzle grows harder to ignore for anyone watching the market this year: "
        "what will the two firms actually build together, and when will customers see it?",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Lumora Labs", "develops", "Nimbus"),
        },
        set(),
    ),
    (
        "yes_no_question_in_a_paragraph_states_nothing",
        "Korvo Systems makes servers. Will Korvo Systems acquire Halvex next year? Analysts "
        "are divided.",
        set(),
        {
            ("Korvo Systems", "acquires", "Halvex"),
        },
    ),
    (
        "city_and_state_before_based_describes_the_company",
        "Halvex reported higher sales this quarter. The Boise, Idaho-based company said "
        "demand for its sensors kept growing.",
        {
            ("Halvex", "based_in", "Boise"),
        },
        set(),
    ),
    (
        "description_beside_a_named_payer_is_the_target",
        "Korvo Systems agreed to buy Halvex for $2 billion. Korvo Systems will pay $40 a "
        "share, a premium of 25% to the Boise, Idaho-based company's last closing price.",
        {
            ("Korvo Systems", "acquires", "Halvex"),
            ("Halvex", "based_in", "Boise"),
        },
        {
            ("Korvo Systems", "based_in", "Boise"),
        },
    ),
    (
        "name_inside_an_apposition_is_not_the_startup",
        "Brixo Capital will invest $1 billion in Lumora Labs, a rival to Korvo Systems. "
        "Halvex committed $500 million to the startup last month.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Halvex", "invests_in", "Lumora Labs"),
            ("Lumora Labs", "competes_with", "Korvo Systems"),
        },
        {
            ("Halvex", "invests_in", "Korvo Systems"),
        },
    ),
    (
        "tech_outlet_confirming_is_no_company",
        "Lumora Labs raised money from Brixo Capital. Gizmodo confirmed the round with a "
        "Lumora Labs spokesperson on Monday. Engineers left after a dispute with CEO Ana Ruiz"
        " over safety.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
        },
        {
            ("Ana Ruiz", "leads", "Gizmodo"),
        },
    ),
    (
        "bare_title_belongs_to_the_company_named_with_at",
        "Korvo Systems backed Lumora Labs last year. At Zentrix Labs, co-founder Ana Ruiz "
        "returned to lead a new robotics push.",
        {
            ("Korvo Systems", "invests_in", "Lumora Labs"),
            ("Zentrix Labs", "founded_by", "Ana Ruiz"),
        },
        {
            ("Korvo Systems", "founded_by", "Ana Ruiz"),
        },
    ),
    (
        "its_after_a_name_with_is_that_name",
        "Lumora Labs, like other new search startups, including Korvo Systems with its Nimbus"
        " Chat, hopes to win a slice of the market.",
        {
            ("Korvo Systems", "develops", "Nimbus Chat"),
        },
        {
            ("Lumora Labs", "develops", "Nimbus Chat"),
        },
    ),
    (
        "pronoun_counts_a_list_among_its_investors",
        "Lumora Labs sells warehouse robots. It counts Brixo Capital, Korvo Systems and "
        "Halvex Partners among its investors.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Korvo Systems", "invests_in", "Lumora Labs"),
            ("Halvex Partners", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "backers_listed_after_a_colon",
        "Lumora Labs has well-known backers: Brixo Capital and Korvo Systems.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Korvo Systems", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "paragraph_whose_last_sentence_lost_its_full_stop",
        "A few banks license models straight from Lumora Labs. The rest buy them through "
        "resellers. Anyone after a cheaper route can also reach Korvo Systems's Nimbus "
        "assistant inside the Halvex search engine",
        {
            ("Korvo Systems", "develops", "Nimbus"),
        },
        set(),
    ),
    (
        "identified_as_a_competitor",
        "In its annual filing, Korvo Systems identified Lumora Labs, the maker of the Nimbus "
        "assistant, as a competitor in search.",
        {
            ("Korvo Systems", "competes_with", "Lumora Labs"),
            ("Lumora Labs", "develops", "Nimbus"),
        },
        set(),
    ),
    (
        "poses_a_threat_to",
        "Analysts say Lumora Labs poses a serious threat to Korvo Systems in the chip market.",
        {
            ("Lumora Labs", "competes_with", "Korvo Systems"),
        },
        set(),
    ),
    (
        "speaker_placed_at_a_company_by_a_relative_clause",
        "Korvo Systems makes server chips. Maria Chen, who manages the data centres at Lumora"
        " Labs, said the firm is deploying the Nimbus chip.",
        {
            ("Lumora Labs", "uses", "Nimbus"),
        },
        {
            ("Korvo Systems", "uses", "Nimbus"),
        },
    ),
    (
        "shipping_a_chip_called_a_name_to_a_customer",
        "Korvo Systems began shipping large batches of a data-centre processor called Nimbus "
        "to Lumora Labs in June.",
        {
            ("Lumora Labs", "uses", "Nimbus"),
        },
        set(),
    ),
    (
        "model_available_in_a_product",
        "Google said Gemini is now available in WhatsApp for business accounts.",
        {
            ("WhatsApp", "integrates", "Gemini"),
        },
        set(),
    ),
    (
        "making_a_company_available_through_its_cloud",
        "Under a new pact, Microsoft is making Korvo Systems available to its customers "
        "through its Azure platform.",
        {
            ("Azure", "integrates", "Korvo Systems"),
            ("Microsoft", "develops", "Azure"),
        },
        set(),
    ),
    (
        "model_rolled_out_across_products",
        "Meta will roll out Llama across WhatsApp and Instagram next month.",
        {
            ("WhatsApp", "integrates", "Llama"),
            ("Instagram", "integrates", "Llama"),
        },
        set(),
    ),
    (
        "company_builds_a_cluster_of_chips",
        "Lumora Labs will use the money to build a cluster of 20,000 Nvidia H100 GPUs in Texas.",
        {
            ("Lumora Labs", "uses", "H100"),
        },
        set(),
    ),
    (
        "turning_to_a_model_to_power_a_product",
        "Samsung is turning to Anthropic's Claude models to power a coming generation of Bixby.",
        {
            ("Samsung", "uses", "Claude"),
            ("Bixby", "uses", "Claude"),
            ("Anthropic", "develops", "Claude"),
        },
        set(),
    ),
    (
        "licensing_a_model_to_overhaul_a_product",
        "Samsung licensed Google's Gemini models to overhaul Bixby, the company said.",
        {
            ("Bixby", "uses", "Gemini"),
            ("Google", "develops", "Gemini"),
        },
        set(),
    ),
    (
        "as_a_competitor_to_is_no_host",
        "Mistral AI built Le Chat as a competitor to ChatGPT and released it in February.",
        {
            ("Le Chat", "competes_with", "ChatGPT"),
            ("Mistral AI", "develops", "Le Chat"),
        },
        {
            ("ChatGPT", "integrates", "Le Chat"),
        },
    ),
    (
        "take_on_read_as_a_preposition",
        "Alibaba launched a new model this week to take on DeepSeek.",
        {
            ("Alibaba", "competes_with", "DeepSeek"),
        },
        set(),
    ),
    (
        "chatgpt_search_is_its_own_product",
        "These days Perplexity faces tougher competition from ChatGPT search, built by OpenAI.",
        {
            ("Perplexity", "competes_with", "ChatGPT Search"),
            ("OpenAI", "develops", "ChatGPT Search"),
        },
        {
            ("Perplexity", "competes_with", "ChatGPT"),
        },
    ),
    (
        "announced_a_prototype_called_a_name",
        "On Tuesday Lumora Labs announced an early prototype of a shopping engine called "
        "Halvex Search.",
        {
            ("Lumora Labs", "develops", "Halvex Search"),
        },
        set(),
    ),
    (
        "shareholders_the_reporting_company_names",
        "Lumora Labs notes that French bank Brixo Capital and former Korvo Systems chief "
        "Maria Chen are also shareholders.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Maria Chen", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "in_which_after_a_name_and_comma",
        "Maria Chen was chief executive of Lumora Labs, in which Korvo Systems bought a 49 "
        "percent stake last month.",
        {
            ("Korvo Systems", "invests_in", "Lumora Labs"),
            ("Maria Chen", "leads", "Lumora Labs"),
        },
        set(),
    ),
    (
        "investing_in_a_companys_fundraiser",
        "In March, Korvo Systems invested in Lumora Labs's $450 million fund-raiser.",
        {
            ("Korvo Systems", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "founded_by_one_alongside_others",
        "Lumora Labs, founded in 2017 by Maria Chen alongside professors Omar Haddad and Lena"
        " Park, entered the race early.",
        {
            ("Lumora Labs", "founded_by", "Maria Chen"),
            ("Lumora Labs", "founded_by", "Omar Haddad"),
            ("Lumora Labs", "founded_by", "Lena Park"),
        },
        set(),
    ),
    (
        "based_out_of_a_city",
        "Lumora Labs, based out of Paris, sells software to banks.",
        {
            ("Lumora Labs", "based_in", "Paris"),
        },
        set(),
    ),
    (
        "its_named_product_with_a_common_noun_is_the_host",
        "Korvo Systems is pouring billions into Lumora Labs and is working to incorporate "
        "Halvex Chat into its Orbit search engine.",
        {
            ("Korvo Systems", "invests_in", "Lumora Labs"),
            ("Orbit", "integrates", "Halvex Chat"),
        },
        {
            ("Korvo Systems", "integrates", "Halvex Chat"),
        },
    ),
    (
        "despite_legal_challenges_from",
        "Despite legal challenges brought by Dow Jones and Korvo Systems, Lumora Labs keeps "
        "adding users.",
        {
            ("Dow Jones", "sues", "Lumora Labs"),
            ("Korvo Systems", "sues", "Lumora Labs"),
        },
        set(),
    ),
    (
        "company_name_before_partner_title",
        "Korvo Systems partner Lumora Labs released a new model on Monday.",
        {
            ("Korvo Systems", "partners_with", "Lumora Labs"),
        },
        set(),
    ),
    (
        "title_of_an_award_is_no_unit",
        "Lumora Labs won the title of best startup at the Halvex Media awards in 2024.",
        set(),
        {
            ("Lumora Labs", "subsidiary_of", "Halvex Media"),
        },
    ),
    (
        "publisher_titles_listed",
        "The licensing deal covers News Corp titles such as The Wall Street Journal and the "
        "New York Post.",
        {
            ("The Wall Street Journal", "subsidiary_of", "News Corp"),
            ("New York Post", "subsidiary_of", "News Corp"),
        },
        set(),
    ),
    (
        "team_head_is_not_the_company_head",
        "Lumora Labs CEO Maria Chen spoke first, followed by the company's policy head Omar "
        "Haddad.",
        {
            ("Maria Chen", "leads", "Lumora Labs"),
        },
        {
            ("Omar Haddad", "leads", "Lumora Labs"),
        },
    ),
    (
        "cofounders_joining_a_company_did_not_found_it",
        "Korvo Systems has been hiring all year. Monday's release has co-founders Maria Chen "
        "and Omar Haddad joining Korvo Systems.",
        set(),
        {
            ("Korvo Systems", "founded_by", "Maria Chen"),
            ("Korvo Systems", "founded_by", "Omar Haddad"),
        },
    ),
    (
        "bought_a_sum_of_a_companys_shares",
        "Korvo Systems bought $2 billion of Lumora Labs shares in the offering.",
        {
            ("Korvo Systems", "invests_in", "Lumora Labs"),
        },
        {
            ("Korvo Systems", "acquires", "Lumora Labs"),
        },
    ),
    (
        "investors_which_include_a_list",
        "Lumora Labs's investors, which include Brixo Capital and Korvo Ventures, were "
        "pleased with the results.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Korvo Ventures", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "picked_up_money_from",
        "Lumora Labs picked up $30 million from Brixo Capital last week.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "angel_investors_chipped_in",
        "Lumora Labs raised $30 million. Angel investors Maria Chen and Omar Haddad also "
        "chipped in.",
        {
            ("Maria Chen", "invests_in", "Lumora Labs"),
            ("Omar Haddad", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "invested_in_a_companys_series_round",
        "Brixo Capital invested $20 million in Lumora Labs's Series C.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "syndicate_after_an_investment_named_earlier",
        "Korvo Systems's intended $90 million investment in Lumora Labs surprised rivals. The"
        " $200 million funding round positions Korvo Systems as lead investor. The syndicate "
        "includes Brixo Capital ($40 million), Nvidia and Orbit Capital.",
        {
            ("Korvo Systems", "invests_in", "Lumora Labs"),
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Nvidia", "invests_in", "Lumora Labs"),
            ("Orbit Capital", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "switched_to_a_model",
        "Perplexity switched from OpenAI's models to Anthropic's Claude for its answer engine.",
        {
            ("Perplexity", "uses", "Claude"),
            ("Anthropic", "develops", "Claude"),
        },
        set(),
    ),
    (
        "description_beside_a_named_object_is_another_party",
        "Korvo Systems agreed to buy Lumora Labs. The deal gives Korvo Systems access to the "
        "startup's Nimbus chips.",
        {
            ("Korvo Systems", "acquires", "Lumora Labs"),
            ("Lumora Labs", "develops", "Nimbus"),
        },
        {
            ("Korvo Systems", "develops", "Nimbus"),
        },
    ),
    (
        "located_company_is_no_fund",
        "Brixo Capital led a $50 million round in Lumora Labs. The San Francisco-based "
        "company makes warehouse robots.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Lumora Labs", "based_in", "San Francisco"),
        },
        {
            ("Brixo Capital", "based_in", "San Francisco"),
        },
    ),
    (
        "declined_to_invest_is_no_investment",
        "Korvo Systems declined to invest in Lumora Labs after months of talks.",
        set(),
        {
            ("Korvo Systems", "invests_in", "Lumora Labs"),
        },
    ),
    (
        "co_invested_in",
        "Brixo Capital and Halvex Partners co-invested in Lumora Labs last spring.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Halvex Partners", "invests_in", "Lumora Labs"),
        },
        {
            ("Brixo Capital", "partners_with", "Halvex Partners"),
        },
    ),
    (
        "his_cofounders_are_his_companys",
        "Lumora Labs is led by CEO Maria Chen. Chen, along with her co-founders Omar Haddad "
        "and Lena Park, met at university.",
        {
            ("Maria Chen", "leads", "Lumora Labs"),
            ("Lumora Labs", "founded_by", "Omar Haddad"),
            ("Lumora Labs", "founded_by", "Lena Park"),
        },
        set(),
    ),
    (
        "investor_list_broken_by_countries",
        "Lumora Labs raised $100 million. Brixo Capital is leading the round, with Korvo "
        "Ventures and Zentrix Capital in France, Orbit Capital in Germany and Halvex Partners"
        " in Belgium all participating.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Korvo Ventures", "invests_in", "Lumora Labs"),
            ("Zentrix Capital", "invests_in", "Lumora Labs"),
            ("Orbit Capital", "invests_in", "Lumora Labs"),
            ("Halvex Partners", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "person_described_as_an_investor_stays_a_person",
        "Maria Chen, a Berlin-based investor, backed Lumora Labs in its seed round.",
        {
            ("Maria Chen", "invests_in", "Lumora Labs"),
        },
        {
            ("Maria Chen", "based_in", "Berlin"),
        },
    ),
    (
        "pronoun_in_a_relative_clause_is_the_person_named_before",
        "Korvo Systems sued Omar Haddad last year. The suit is part of a broader battle "
        "between Maria Chen and Lumora Labs, which she co-founded.",
        {
            ("Korvo Systems", "sues", "Omar Haddad"),
            ("Lumora Labs", "founded_by", "Maria Chen"),
        },
        {
            ("Lumora Labs", "founded_by", "Omar Haddad"),
        },
    ),
    (
        "headquarters_and_offices_list",
        "Lumora Labs's headquarters and offices will remain in Bristol, London, Berlin and Lisbon.",
        {
            ("Lumora Labs", "based_in", "Bristol"),
        },
        {
            ("Lumora Labs", "based_in", "London"),
            ("Lumora Labs", "based_in", "Berlin"),
        },
    ),
    (
        "a_bare_atlas_is_no_browser",
        "Lumora Labs raised money from investors including Brixo Capital, Atlas and Orbit Capital.",
        {
            ("Brixo Capital", "invests_in", "Lumora Labs"),
            ("Atlas", "invests_in", "Lumora Labs"),
            ("Orbit Capital", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "name_behind_a_kind_word_on_a_product_noun",
        "Amazon will rely on Anthropic's Claude models to run the new edition of its Alexa "
        "voice assistant.",
        {
            ("Alexa", "uses", "Claude"),
            ("Amazon", "develops", "Alexa"),
            ("Anthropic", "develops", "Claude"),
        },
        set(),
    ),
    (
        "position_in_a_race_is_the_possessors",
        "Korvo Systems signed the deal, strengthening Lumora Labs's position in the race "
        "against Halvex Robotics.",
        {
            ("Lumora Labs", "competes_with", "Halvex Robotics"),
        },
        {
            ("Korvo Systems", "competes_with", "Halvex Robotics"),
        },
    ),
    (
        "models_underpin_much_of_a_product",
        "These days Anthropic's models underpin much of Zoom's AI Companion.",
        {
            ("AI Companion", "uses", "Anthropic"),
            ("Zoom", "develops", "AI Companion"),
        },
        set(),
    ),
    (
        "deal_for_access_to_gpus_is_a_supply_contract",
        "Lumora inked a multiyear agreement with CoreWeave for access to GPUs. Days later it "
        "signed a deal with Korvo Media for access to its news archive.",
        {
            ("Lumora", "uses", "CoreWeave"),
            ("Lumora", "partners_with", "Korvo Media"),
        },
        {
            ("Lumora", "partners_with", "CoreWeave"),
        },
    ),
    (
        "joined_as_ceo_of_a_unit_leads_the_unit",
        "Ana Ruiz has joined Lumora as CEO of Lumora Cloud, its new infrastructure arm.",
        {
            ("Ana Ruiz", "leads", "Lumora Cloud"),
        },
        {
            ("Ana Ruiz", "leads", "Lumora"),
        },
    ),
    (
        "title_with_its_short_form_in_brackets",
        "In March Omar Haddad was named Chief Executive Officer (CEO) of Zentrix Robotics.",
        {
            ("Omar Haddad", "leads", "Zentrix Robotics"),
        },
        set(),
    ),
    (
        "chip_spelt_out_as_processing_units",
        "Lumora has started buying Intel's Gaudi graphics processing units for its Texas site.",
        {("Lumora", "uses", "Gaudi"), ("Intel", "develops", "Gaudi")},
        {("Gaudi", "subsidiary_of", "Intel")},
    ),
    (
        "co_founder_alongside_the_founder_is_of_the_company_founded",
        "Korvo said on Monday it would invest $2 billion in Lumora. Ana Ruiz started Lumora in "
        "2019 as a 22-year-old graduate student alongside co-founder Omar Lee.",
        {
            ("Lumora", "founded_by", "Omar Lee"),
            ("Lumora", "founded_by", "Ana Ruiz"),
        },
        {
            ("Korvo", "founded_by", "Omar Lee"),
        },
    ),
    (
        "what_a_computing_base_is_made_of_is_used",
        "Lumora's compute now comes from a mix of Amazon's Trainium chips and Nvidia's GPUs. "
        "Its rival Korvo operates twenty data centers that together run roughly 90,000 "
        "Nvidia GPUs.",
        {
            ("Lumora", "uses", "Trainium"),
            ("Lumora", "uses", "Nvidia"),
            ("Korvo", "uses", "Nvidia"),
        },
        set(),
    ),
    (
        "a_computing_base_spans_several_suppliers",
        "Zentrix's infrastructure strategy now includes Google's TPUs, Amazon's Trainium chips "
        "and AMD's GPUs, while its infrastructure team includes former Google engineers.",
        {("Zentrix", "uses", "TPU"), ("Zentrix", "uses", "Trainium"), ("Zentrix", "uses", "AMD")},
        {("Zentrix", "uses", "Google")},
    ),
    (
        "bare_partnership_with_the_company_the_sentence_names",
        "Lumora signed a cloud deal with Korvo Cloud. Its data centers also run Nvidia GPUs. "
        "For Zentrix, the partnership is a loss.",
        set(),
        {
            ("Lumora", "partners_with", "Nvidia"),
        },
    ),
    (
        "product_parent_is_its_maker",
        "Claude parent Anthropic said on Friday it had hired a new finance chief. OpenAI, the "
        "ChatGPT parent, declined to comment.",
        {("Anthropic", "develops", "Claude"), ("OpenAI", "develops", "ChatGPT")},
        {("Claude", "subsidiary_of", "Anthropic")},
    ),
    (
        "plural_kind_listing_its_named_products_hosts_them",
        "Lumora said its Nimbus model will now be built into Korvo apps including Quillpad "
        "and a new mail client called Postbox.",
        {
            ("Quillpad", "integrates", "Nimbus"),
            ("Postbox", "integrates", "Nimbus"),
        },
        {
            ("Korvo", "integrates", "Nimbus"),
        },
    ),
    (
        "round_the_company_valued_in_included",
        "Zentrix Robotics was valued at $2 billion in a funding round that included Korvo.",
        {
            ("Korvo", "invests_in", "Zentrix Robotics"),
        },
        set(),
    ),
    (
        "round_joined_is_the_sayers_own",
        "Accel and Index Ventures also took part in the round, Zentrix Robotics said.",
        {
            ("Accel", "invests_in", "Zentrix Robotics"),
            ("Index Ventures", "invests_in", "Zentrix Robotics"),
        },
        {
            ("Accel", "partners_with", "Index Ventures"),
        },
    ),
    (
        "host_offering_a_model_to_its_customers_integrates_it",
        "Zentrix will offer Anthropic's Claude models to customers of its cloud platform, "
        "Zentrix Cloud. Anthropic itself will offer Claude to enterprise customers.",
        {
            ("Zentrix Cloud", "integrates", "Claude"),
        },
        {
            ("Anthropic", "integrates", "Claude"),
            ("Zentrix", "integrates", "Claude"),
        },
    ),
    (
        "losing_share_or_fighting_for_customers_is_rivalry",
        "Zentrix has lost market share to Korvo this year. It is now fighting Pellucid for "
        "customers in Europe, while it keeps fighting the lawsuit Nimbus Media filed.",
        {
            ("Zentrix", "competes_with", "Korvo"),
            ("Zentrix", "competes_with", "Pellucid"),
        },
        {
            ("Zentrix", "competes_with", "Nimbus Media"),
        },
    ),
    (
        "indefinite_description_named_in_the_next_sentence",
        "Zentrix, a chipmaker backed by Korvo and Pellucid, is buying a robotics startup for "
        "$900 million. The startup, Nimbus Robotics, is a young challenger to Vela Systems.",
        {
            ("Zentrix", "acquires", "Nimbus Robotics"),
            ("Nimbus Robotics", "competes_with", "Vela Systems"),
        },
        {
            ("Zentrix", "competes_with", "Vela Systems"),
        },
    ),
    (
        "assistant_rolling_out_across_named_apps_is_built_into_them",
        "Zentrix's Nimbus assistant is beginning to roll out across WhatsApp and Instagram. "
        "Korvo is rolling out its Vela assistant across Facebook and Messenger.",
        {
            ("WhatsApp", "integrates", "Nimbus"),
            ("Instagram", "integrates", "Nimbus"),
            ("Facebook", "integrates", "Vela"),
            ("Facebook Messenger", "integrates", "Vela"),
        },
        {
            ("Zentrix", "integrates", "Nimbus"),
        },
    ),
    (
        "the_latest_version_of_a_companys_model_is_its_own",
        "Powering the assistant is Nimbus 3, the latest version of Zentrix's language model. "
        "Korvo built Vela, a version of Zentrix's open model.",
        {
            ("Zentrix", "develops", "Nimbus 3"),
            ("Korvo", "develops", "Vela"),
        },
        {
            ("Zentrix", "develops", "Vela"),
        },
    ),
    (
        "description_after_a_copular_clause_is_its_subject",
        "Lisbon-based Zentrix is barely two years old, but the startup has already released a"
        " model called Vela.",
        {
            ("Zentrix", "develops", "Vela"),
        },
        set(),
    ),
    (
        "name_said_by_an_apposition_the_parser_hung_elsewhere",
        'Zentrix introduced "Nimbus Intelligence", a fresh suite of writing helpers for macOS '
        "Sequoia. Its Vela app now runs on macOS Sequoia too.",
        {("Zentrix", "develops", "Nimbus Intelligence"), ("Vela", "uses", "macOS Sequoia")},
        {("Vela", "uses", "Sequoia Capital")},
    ),
    (
        "a_use_noun_as_subject_still_tells_the_use",
        "Zentrix's use of Google's TPUs has cut its training costs, while Korvo will cut its "
        "use of Amazon's Trainium chips.",
        {
            ("Zentrix", "uses", "TPU"),
        },
        {
            ("Korvo", "uses", "Trainium"),
        },
    ),
    (
        "a_product_comes_from_or_is_called_by_its_maker",
        "Nimbus 2 comes from Zentrix, a Paris startup. Korvo's newest chip is called Vela.",
        {
            ("Zentrix", "develops", "Nimbus 2"),
            ("Korvo", "develops", "Vela"),
        },
        set(),
    ),
    (
        "a_lower_case_phrase_after_a_preposition_ends_a_name",
        "Zentrix has been working on Nimbus 3 for months, its chief executive said.",
        {
            ("Zentrix", "develops", "Nimbus 3"),
        },
        set(),
    ),
    (
        "second_titled_name_of_a_pair_shares_the_company",
        "Korvo chairman Omar Lee and CEO Ana Ruiz signed the agreement in Oslo.",
        {
            ("Omar Lee", "leads", "Korvo"),
            ("Ana Ruiz", "leads", "Korvo"),
        },
        {
            ("Ana Ruiz", "leads", "Omar Lee"),
        },
    ),
    (
        "doubling_down_with_money_and_writing_a_check_are_investing",
        "Korvo doubled down on Zentrix with another $1 billion. Pellucid Capital wrote the "
        "first check for Vela Robotics in 2021. Korvo also doubled down on its bet on chips.",
        {
            ("Korvo", "invests_in", "Zentrix"),
            ("Pellucid Capital", "invests_in", "Vela Robotics"),
        },
        set(),
    ),
    (
        "a_name_ending_in_tools_is_a_product",
        "Zentrix said its Nimbus model is going to be built into Composer Tools on its laptops.",
        {("Composer Tools", "integrates", "Nimbus")},
        set(),
    ),
    (
        "keep_pace_with_a_rival",
        "Tessaly has struggled to keep pace with Korvo in training chips.",
        {
            ("Tessaly", "competes_with", "Korvo"),
        },
        set(),
    ),
    (
        "pressure_from_a_rival",
        "Korvo faces growing pressure from Tessaly, whose accelerators target the same "
        "buyers. Korvo also faces pressure from its backer Zentrix to cut costs.",
        {
            ("Korvo", "competes_with", "Tessaly"),
        },
        {
            ("Korvo", "competes_with", "Zentrix"),
        },
    ),
    (
        "supplier_to_a_customer",
        "Tessaly is the main supplier of memory chips to Korvo. Zentrix, a provider of cloud "
        "services to banks, is a supplier to Lumora.",
        {
            ("Korvo", "uses", "Tessaly"),
            ("Lumora", "uses", "Zentrix"),
        },
        set(),
    ),
    (
        "owner_before_an_adjective_read_as_the_noun",
        "Korvo raised money in May. The firm's open sourced large language model, Orion-7B, "
        "can be downloaded by anyone.",
        {
            ("Korvo", "develops", "Orion-7B"),
        },
        set(),
    ),
    (
        "unnamed_subject_named_in_the_next_sentence",
        "A robotics start-up founded by Lena Ortiz opened an office in Oslo. The company, "
        "Korvo AI, builds warehouse robots.",
        {
            ("Korvo AI", "founded_by", "Lena Ortiz"),
        },
        set(),
    ),
    (
        "investor_through_its_unit",
        "Korvo raised $50 million last week; the round included Zentrix's cloud unit. "
        "Tessaly raised money from Lumora's venture arm. Tessaly later bought Zentrix's chip "
        "unit.",
        {
            ("Zentrix", "invests_in", "Korvo"),
            ("Lumora", "invests_in", "Tessaly"),
        },
        {
            ("Tessaly", "acquires", "Zentrix"),
        },
    ),
    (
        "parent_set_off_on_a_partner",
        "Korvo now licenses articles under a contract with Zentrix Media, the parent company "
        "of the Daily Ledger and Metro Wire.",
        {
            ("Daily Ledger", "subsidiary_of", "Zentrix Media"),
        },
        {
            ("Korvo", "subsidiary_of", "Zentrix Media"),
        },
    ),
    (
        "title_before_a_quote_ends_with_a_stop",
        "“The deal starts in June,” said Ana Ruiz, chief executive of Zentrix Corp. “Readers "
        "will see it first.”",
        {
            ("Ana Ruiz", "leads", "Zentrix Corp."),
        },
        set(),
    ),
    (
        "court_case_pitting_two_parties",
        "The ruling on Monday pits Zentrix against Korvo in a copyright case over stock "
        "photos. A separate lawsuit pitting Lumora against Tessaly opens next week.",
        {
            ("Zentrix", "sues", "Korvo"),
            ("Lumora", "sues", "Tessaly"),
        },
        {
            ("Zentrix", "competes_with", "Korvo"),
            ("Lumora", "competes_with", "Tessaly"),
        },
    ),
    (
        "contest_for_a_partnership",
        "Zentrix and Korvo had both been vying for a partnership with Lumora before the deal "
        "was signed.",
        {
            ("Zentrix", "competes_with", "Korvo"),
        },
        {
            ("Zentrix", "partners_with", "Lumora"),
            ("Korvo", "partners_with", "Lumora"),
            ("Zentrix", "partners_with", "Korvo"),
            ("Zentrix", "competes_with", "Lumora"),
        },
    ),
    (
        "place_named_on_headquarters",
        "Zentrix will show its new chips at its Austin, Texas, headquarters on Friday. "
        "Korvo's Denver campus is also hiring.",
        {
            ("Zentrix", "based_in", "Austin"),
            ("Korvo", "based_in", "Denver"),
        },
        {
            ("Zentrix", "based_in", "Texas"),
        },
    ),
    (
        "company_after_a_fronted_for",
        "Korvo signed a cloud deal with Zentrix on Monday. For Zentrix, the pact is one more "
        "hedge. The company owns stakes in Lumora as well.",
        {
            ("Zentrix", "invests_in", "Lumora"),
        },
        {
            ("Korvo", "invests_in", "Lumora"),
        },
    ),
    (
        "supporter_of_a_technology",
        "Back in 2023 Korvo became an early supporter of Zentrix's Orbit AI model. Tessaly, "
        "an early supporter of Lumora, joined its new round.",
        {
            ("Tessaly", "invests_in", "Lumora"),
        },
        {
            ("Korvo", "invests_in", "Zentrix"),
        },
    ),
    (
        "other_ventures_are_holdings",
        "Ana Ruiz still chairs her other ventures, such as Zentrix and Lumora, besides "
        "running Korvo. She put money into her start-up, Tessaly, last year.",
        {
            ("Tessaly", "founded_by", "Ana Ruiz"),
        },
        {
            ("Zentrix", "founded_by", "Ana Ruiz"),
            ("Lumora", "founded_by", "Ana Ruiz"),
        },
    ),
    (
        "amount_led_by_a_person",
        "Korvo's first raise, $300 million led by Lumora's Sam Ortiz, closed in May.",
        set(),
        {
            ("Sam Ortiz", "leads", "Korvo"),
        },
    ),
    (
        "buyer_of_a_sellers_capacity",
        "Microsoft agreed to buy all of CoreWeave's spare compute capacity for six years. "
        "Nvidia later agreed to buy some of CoreWeave's shares.",
        {
            ("Microsoft", "uses", "CoreWeave"),
        },
        {
            ("Nvidia", "uses", "CoreWeave"),
        },
    ),
    (
        "two_companies_are_the_subject_pair",
        "Snowflake and ServiceNow, long wary of Workday, met in May. The two companies "
        "announced a wider partnership on Tuesday.",
        {
            ("Snowflake", "partners_with", "ServiceNow"),
        },
        {
            ("Workday", "partners_with", "ServiceNow"),
            ("Workday", "partners_with", "Snowflake"),
        },
    ),
    (
        "model_runs_inside_a_product",
        "Claude now runs inside Microsoft Excel for paying users. The model runs inside a "
        "data center in Texas.",
        {
            ("Microsoft Excel", "integrates", "Claude"),
        },
        set(),
    ),
    (
        "own_product_named_under_a_denied_verb",
        "Korvo has not yet shipped its new assistant, named Orbit Chat.",
        {
            ("Korvo", "develops", "Orbit Chat"),
        },
        set(),
    ),
    (
        "maker_in_brackets_after_product",
        "Rankings put Claude (Anthropic) ahead of Llama (Meta).",
        {
            ("Anthropic", "develops", "Claude"),
            ("Meta", "develops", "Llama"),
        },
        set(),
    ),
    (
        "capital_letter_ends_a_name",
        "Naver released HyperClova X last year. Musk posted on X about it.",
        {
            ("Naver", "develops", "HyperCLOVA X"),
        },
        {
            ("Naver", "develops", "HyperClova"),
        },
    ),
    (
        "its_in_an_opening_participle",
        "Naver and Zentrix bosses met in Austin. Using its search data, the company will "
        "train new chat tools.",
        set(),
        {
            ("Naver", "uses", "Zentrix"),
        },
    ),
    (
        "sum_paid_for_compute",
        "Korvo agreed to pay Zentrix Cloud $30 billion for computing power. Lumora signed a "
        "deal with CoreWeave worth $2 billion for GPU capacity.",
        {
            ("Korvo", "uses", "Zentrix Cloud"),
            ("Lumora", "uses", "CoreWeave"),
        },
        set(),
    ),
    (
        "round_told_by_its_label",
        "Samsung joined Mistral AI's Series B last year. Salesforce Ventures and Nvidia were "
        "among the participants in Cohere's Series C.",
        {
            ("Samsung", "invests_in", "Mistral AI"),
            ("Salesforce Ventures", "invests_in", "Cohere"),
            ("Nvidia", "invests_in", "Cohere"),
        },
        set(),
    ),
    (
        "round_lead_told_by_the_company",
        "The round was co-led by Thrive Capital and Andreessen Horowitz, Mistral AI said on "
        "Monday. Another round was led by Accel, Reuters reported.",
        {
            ("Thrive Capital", "invests_in", "Mistral AI"),
            ("Andreessen Horowitz", "invests_in", "Mistral AI"),
        },
        {
            ("Accel", "invests_in", "Reuters"),
        },
    ),
    (
        "suing_told_on_the_clause_object",
        "The Daily Ledger chose a blunter path: suing Korvo and Zentrix over their archives.",
        {
            ("Daily Ledger", "sues", "Korvo"),
            ("Daily Ledger", "sues", "Zentrix"),
        },
        set(),
    ),
    (
        "its_before_a_product_of_a_known_maker",
        "Zentrix makes the Orbit chatbot. Korvo said it would add its Orbit features soon. "
        "Microsoft has teamed with Mistral to bring its models to Azure.",
        {
            ("Zentrix", "develops", "Orbit"),
        },
        {
            ("Korvo", "develops", "Orbit"),
            ("Azure", "integrates", "Microsoft"),
        },
    ),
    (
        "model_offered_on_a_platform",
        "Korvo's Orion model is now offered on Amazon Bedrock. Google offers Claude on Vertex AI.",
        {
            ("Amazon Bedrock", "integrates", "Orion"),
            ("Vertex AI", "integrates", "Claude"),
        },
        set(),
    ),
    (
        "customers_listed_after_its_clientele",
        "Scale AI annotates images for its clientele, including the bank Lumora and the labs "
        "OpenAI and Mistral AI.",
        set(),
        {
            ("Mistral AI", "subsidiary_of", "Scale AI"),
            ("OpenAI", "subsidiary_of", "Scale AI"),
        },
    ),
    (
        "person_launching_the_companys_product",
        "Demis Hassabis leads Google DeepMind. He unveiled its latest model, Gemini 2.5, on stage.",
        {
            ("Google DeepMind", "develops", "Gemini 2.5"),
        },
        {
            ("Demis Hassabis", "develops", "Gemini 2.5"),
        },
    ),
    (
        "message_from_a_companys_staff",
        "Musk agreed with an X post from a Tesla engineer.",
        set(),
        {
            ("Tesla", "develops", "X"),
        },
    ),
    (
        "registered_company_named_after_a_known_one",
        "Korvo counts Nvidia Technology Holdings Limited among its shareholders.",
        {
            ("Nvidia Technology Holdings Limited", "invests_in", "Korvo"),
        },
        {
            ("Holdings Limited", "invests_in", "Korvo"),
        },
    ),
    (
        "plural_owned_by_a_listed_pair",
        "Reviewers praised Adobe and Canva, whose apps run Stability's Stable Diffusion model.",
        {
            ("Adobe", "uses", "Stable Diffusion"),
            ("Canva", "uses", "Stable Diffusion"),
        },
        set(),
    ),
    (
        "relative_clause_on_those_sued",
        "Writers sued Meta and Microsoft in May. The suit against the two firms, whose apps "
        "use Korvo's Orion model, goes on.",
        {
            ("Meta", "uses", "Orion"),
            ("Microsoft", "uses", "Orion"),
        },
        set(),
    ),
    (
        "under_someones_leadership",
        "Under Ana Ruiz's leadership, Korvo doubled its sales. Under Zentrix's leadership, "
        "the alliance grew.",
        {
            ("Ana Ruiz", "leads", "Korvo"),
        },
        set(),
    ),
    (
        "city_named_on_a_company_noun",
        "Nvidia, the Santa Clara chipmaker, reported earnings. Mistral AI is a Paris startup."
        " The California startup Korvo raised money.",
        {
            ("Nvidia", "based_in", "Santa Clara"),
            ("Mistral AI", "based_in", "Paris"),
        },
        {
            ("Korvo", "based_in", "California"),
        },
    ),
    (
        "company_told_as_from_a_city",
        "Aleph Alpha, from Heidelberg, Germany, builds models. Korvo hired engineers from Google.",
        {
            ("Aleph Alpha", "based_in", "Heidelberg"),
        },
        {
            ("Korvo", "based_in", "Google"),
        },
    ),
    (
        "two_rivals_named_in_apposition",
        "The two rivals, OpenAI and Anthropic, both released agents this week. Its two "
        "rivals, Zentrix and Korvo, lag behind.",
        {
            ("OpenAI", "competes_with", "Anthropic"),
        },
        {
            ("Zentrix", "competes_with", "Korvo"),
        },
    ),
    (
        "verb_tagged_as_adjective",
        "Cerebras hopes to dethrone Nvidia.",
        {
            ("Cerebras", "competes_with", "Nvidia"),
        },
        set(),
    ),
    (
        "gunning_for_a_rival",
        "Groq is one of many startups gunning for Nvidia. Korvo is gunning for a listing in "
        "New York.",
        {
            ("Groq", "competes_with", "Nvidia"),
        },
        set(),
    ),
    (
        "sum_paid_for_a_company",
        "Databricks paid $1.3 billion for MosaicML. Zentrix paid $2 billion for a 10% stake "
        "in Korvo.",
        {
            ("Databricks", "acquires", "MosaicML"),
        },
        {
            ("Zentrix", "acquires", "Korvo"),
        },
    ),
    (
        "term_to_come_is_no_end",
        "Microsoft signed a deal to rent servers from CoreWeave until 2030. Amazon rented "
        "servers from CoreWeave until 2023.",
        {
            ("Microsoft", "uses", "CoreWeave"),
        },
        {
            ("Amazon", "uses", "CoreWeave"),
        },
    ),
    (
        "relative_clause_set_off_before_verb",
        "Halden Capital, which sits on Korvo's board, invested in Lumora.",
        {
            ("Halden Capital", "invests_in", "Lumora"),
        },
        set(),
    ),
    (
        "verb_hung_inside_relative_clause",
        "Zentrix, whose chips power most robotics labs, invested in Lumora.",
        {
            ("Zentrix", "invests_in", "Lumora"),
        },
        set(),
    ),
    (
        "participation_hung_on_valuing_clause",
        "Halden Capital led the round, which valued Lumora at $90 million, with participation"
        " from Korvo and Zentrix.",
        {
            ("Korvo", "invests_in", "Lumora"),
            ("Zentrix", "invests_in", "Lumora"),
            ("Halden Capital", "invests_in", "Lumora"),
        },
        set(),
    ),
    (
        "plural_noun_read_as_second_verb",
        "Lumora moved its inference workloads to Korvo Cloud.",
        {
            ("Lumora", "uses", "Korvo Cloud"),
        },
        set(),
    ),
    (
        "numbered_release_is_not_its_family",
        "Microsoft unveiled Maia 100, its first custom AI chip, and Mistral AI released "
        "Mixtral 8x7B.",
        {
            ("Microsoft", "develops", "Maia 100"),
            ("Mistral AI", "develops", "Mixtral 8x7B"),
        },
        {
            ("Microsoft", "develops", "Maia"),
            ("Mistral AI", "develops", "Mixtral"),
        },
    ),
    (
        "round_read_as_adverb_stands_for_its_company",
        "Halden Capital was among the investors in Lumora Labs' latest funding round.",
        {
            ("Halden Capital", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "former_on_last_word_of_two_word_title",
        "Lumora Labs, backed by investors like former Korvo chief executive Ana Ruiz, raised "
        "more money.",
        {
            ("Ana Ruiz", "invests_in", "Lumora Labs"),
        },
        {
            ("Ana Ruiz", "leads", "Korvo"),
        },
    ),
    (
        "affiliate_is_no_subsidiary",
        "Korvo Holdings, an affiliate of Zentrix, owns 8% of Lumora.",
        {
            ("Korvo Holdings", "invests_in", "Lumora"),
        },
        {
            ("Korvo Holdings", "subsidiary_of", "Zentrix"),
        },
    ),
    (
        "unknown_name_of_an_event_is_no_product",
        "Lumora will work on the Vela 31 red-teaming event. Zentrix is building the Aurora 5 "
        "hackathon.",
        set(),
        {
            ("Lumora", "develops", "Vela 31"),
            ("Zentrix", "develops", "Aurora 5"),
        },
    ),
    (
        "compute_site_built_for_a_company",
        "Zentrix will build a data center for Lumora Labs in Oslo, but it built its own "
        "cluster for $2 billion.",
        {
            ("Lumora Labs", "uses", "Zentrix"),
        },
        set(),
    ),
    (
        "owner_goods_listed_after_including",
        "Its assistant will come to Zentrix tools including Vela and Quill, while Lumora's "
        "platform hosts third-party apps like Orbit.",
        {
            ("Zentrix", "develops", "Vela"),
            ("Zentrix", "develops", "Quill"),
        },
        {
            ("Lumora", "develops", "Orbit"),
        },
    ),
    (
        "participle_after_comma_read_as_modifier",
        "Zentrix entered the race on Monday, unveiling Nimbus Studio, a suite of writing tools.",
        {
            ("Zentrix", "develops", "Nimbus Studio"),
        },
        set(),
    ),
    (
        "name_given_with_known_as",
        "Zentrix's new family of chips, known as Orion, ships next year, and its coding tool "
        "known as Quill is popular.",
        {
            ("Zentrix", "develops", "Orion"),
            ("Zentrix", "develops", "Quill"),
        },
        set(),
    ),
    (
        "head_to_head_idiom",
        "Korvo went head-to-head with Zentrix last year. Lumora and Quillmark go head to head"
        " in Europe.",
        {
            ("Korvo", "competes_with", "Zentrix"),
            ("Lumora", "competes_with", "Quillmark"),
        },
        set(),
    ),
    (
        "playing_catch_up",
        "Korvo has been playing catch-up to Zentrix in chips.",
        {
            ("Korvo", "competes_with", "Zentrix"),
        },
        set(),
    ),
    (
        "model_offered_through_own_cloud",
        "Lumora will offer Orion models through its cloud, while Zentrix sells its Vela model"
        " through Korvo.",
        {
            ("Lumora", "integrates", "Orion"),
        },
        {
            ("Korvo", "integrates", "Vela"),
        },
    ),
    (
        "added_support_for_models",
        "Quillmark Studio gained support for Orion 3 and Vega 2 last month, and Korvo added "
        "support for Zentrix's bid.",
        {
            ("Quillmark Studio", "integrates", "Orion 3"),
            ("Quillmark Studio", "integrates", "Vega 2"),
        },
        set(),
    ),
    (
        "post_held_until_now",
        "Ana Ruiz has until now been Zentrix's chief executive, and Omar Lee has been CEO of "
        "Korvo up to now.",
        set(),
        {
            ("Ana Ruiz", "leads", "Zentrix"),
            ("Omar Lee", "leads", "Korvo"),
        },
    ),
    (
        "former_workplace_in_apposition_is_no_post",
        "CEO Ana Ruiz, a former engineer at Korvo, spoke on Monday.",
        set(),
        {
            ("Ana Ruiz", "leads", "Korvo"),
        },
    ),
    (
        "designer_uses_foundry_of_named_chip",
        "Vela, designed by Zentrix and manufactured by Korvo, does not do training.",
        {
            ("Zentrix", "uses", "Korvo"),
            ("Zentrix", "develops", "Vela"),
        },
        {
            ("Vela", "uses", "Korvo"),
        },
    ),
    (
        "list_inside_relative_clause_is_no_party",
        "Zentrix was founded in 2016. Ana Ruiz, an engineer who has worked at Korvo, Lumora "
        "and most recently Quillmark, became the company's first investor.",
        {
            ("Ana Ruiz", "invests_in", "Zentrix"),
        },
        {
            ("Lumora", "invests_in", "Zentrix"),
            ("Korvo", "invests_in", "Zentrix"),
        },
    ),
    (
        "infinitive_read_as_preposition_object",
        "Korvo launched Quill, a model built to rival Zentrix's Vela.",
        {
            ("Quill", "competes_with", "Vela"),
            ("Korvo", "develops", "Quill"),
        },
        set(),
    ),
    (
        "copula_names_owners_answer",
        "Gemini is Google's answer to ChatGPT, while Europe is Google's biggest market.",
        {
            ("Google", "develops", "Gemini"),
            ("Gemini", "competes_with", "ChatGPT"),
        },
        set(),
    ),
    (
        "chief_moving_company_workloads",
        "Lumora CEO Omar Reyes moved all AI workloads from Korvo Cloud to Zentrix Cloud. "
        "Lumora CEO Omar Reyes uses the Vela app every day.",
        {
            ("Lumora", "uses", "Zentrix Cloud"),
        },
        {
            ("Omar Reyes", "uses", "Vela"),
            ("Lumora", "uses", "Vela"),
        },
    ),
    (
        "softbank_corp_is_the_groups_telecom_unit",
        "SoftBank Group's telecom unit, SoftBank Corp, will use Nvidia chips.",
        {
            ("SoftBank Corp.", "subsidiary_of", "SoftBank"),
            ("SoftBank Corp.", "uses", "Nvidia"),
        },
        {
            ("SoftBank", "uses", "Nvidia"),
        },
    ),
    (
        "the_group_is_the_company_named_group",
        "Tessaly Group invested in Korvo. Zentrix said the group's telecom unit, Lumora "
        "Mobile, will use Korvo chips.",
        {
            ("Lumora Mobile", "subsidiary_of", "Tessaly Group"),
        },
        {
            ("Lumora Mobile", "subsidiary_of", "Zentrix"),
            ("Lumora Mobile", "subsidiary_of", "Korvo"),
        },
    ),
    (
        "subject_after_opening_participle_clause",
        "Having already struck deals with Korvo and Zentrix, Lumora Labs on Monday announced "
        "a partnership with Quillmark Systems.",
        {
            ("Lumora Labs", "partners_with", "Quillmark Systems"),
        },
        {
            ("Zentrix", "partners_with", "Quillmark Systems"),
        },
    ),
    (
        "opening_participle_is_no_joint_founding",
        "Founded in 2019, Lumora Labs has partnered with Korvo.",
        {
            ("Lumora Labs", "partners_with", "Korvo"),
        },
        {
            ("Lumora Labs", "founded_by", "Korvo"),
        },
    ),
    (
        "name_after_opening_participle_read_as_conjunct",
        "Backed by Korvo, Lumora Labs will partner with Zentrix.",
        {
            ("Korvo", "invests_in", "Lumora Labs"),
            ("Lumora Labs", "partners_with", "Zentrix"),
        },
        set(),
    ),
    (
        "company_named_for_former_staff_raises_nothing",
        "The Paris-based company, which was founded in 2021 by former Korvo researchers, said"
        " on Tuesday that it had raised $13 million in a round led by Halden Capital.",
        set(),
        {
            ("Halden Capital", "invests_in", "Korvo"),
        },
    ),
    (
        "compute_contract_purpose_hung_on_with",
        "CoreWeave has signed contracts worth billions of dollars with Korvo and Lumora Labs "
        "to supply cloud computing capacity. Oracle, whose shares jumped 36% on Wednesday, has "
        "signed contracts worth billions of dollars with Quillmark to supply computing capacity.",
        {
            ("Korvo", "uses", "CoreWeave"),
            ("Lumora Labs", "uses", "CoreWeave"),
            ("Quillmark", "uses", "Oracle"),
        },
        set(),
    ),
    (
        "kind_given_its_own_name",
        "In May, Zentrix revealed the third generation of its Vela chips, dubbed Orion.",
        {
            ("Zentrix", "develops", "Orion"),
        },
        set(),
    ),
    (
        "whose_supplier_a_company_is",
        "Samsung is trying to catch up with Lumora Labs, which has for years been Korvo's top "
        "supplier of memory.",
        {
            ("Korvo", "uses", "Lumora Labs"),
            ("Samsung", "competes_with", "Lumora Labs"),
        },
        set(),
    ),
    (
        "released_an_unnamed_rival",
        "Baidu intends to ship a competitor to Korvo's Quill assistant this spring.",
        {
            ("Baidu", "competes_with", "Quill"),
        },
        set(),
    ),
    (
        "historical_ties_are_no_partnership",
        "Lumora Labs was started by former Korvo researchers. Both firms have long had "
        "historical ties, and Lumora Labs has close ties with Zentrix.",
        {
            ("Lumora Labs", "partners_with", "Zentrix"),
        },
        {
            ("Lumora Labs", "partners_with", "Korvo"),
        },
    ),
    (
        "trailing_conjunction_ends_a_name",
        "Zentrix relied heavily on Scale before Meta took a stake, and Lumora Labs was winding "
        "down its reliance on Vela Cloud.",
        {("Zentrix", "uses", "Scale")},
        {("Zentrix", "uses", "Scale before"), ("Lumora Labs", "uses", "Vela Cloud")},
    ),
    (
        "a_plan_claimed_is_no_accused_act",
        "Lumora Labs has claimed that it will deploy a 100,000-chip Vela cluster within "
        "months. The suit claims that Zentrix used Korvo's articles to train its model.",
        {
            ("Lumora Labs", "uses", "Vela"),
        },
        {
            ("Zentrix", "uses", "Korvo"),
        },
    ),
    (
        "contracted_for_goods_from_seller",
        "Lumora Labs contracted for cloud capacity from Korvo, and Zentrix contracted with "
        "Quillmark to build a plant.",
        {
            ("Lumora Labs", "uses", "Korvo"),
        },
        {
            ("Zentrix", "uses", "Quillmark"),
        },
    ),
    (
        "suite_built_into_host_is_the_named_product",
        "Zentrix unveiled Vela Intelligence, a fresh suite of AI features built into Orion Pad.",
        {
            ("Orion Pad", "integrates", "Vela Intelligence"),
            ("Zentrix", "develops", "Vela Intelligence"),
        },
        set(),
    ),
    (
        "item_after_and_ends_the_host_list",
        "Korvo said Orion will be built into Zentrix tools including Quill and a new editor "
        "called Vela across Lumora Cloud, Nimbus and Strata.",
        {
            ("Quill", "integrates", "Orion"),
            ("Vela", "integrates", "Orion"),
        },
        {
            ("Nimbus", "integrates", "Orion"),
            ("Strata", "integrates", "Orion"),
        },
    ),
    (
        "closing_participle_after_reported_clause",
        "On Tuesday, Zentrix said sales of its new chip will grow in the spring, aiming to "
        "compete with Korvo, the leader.",
        {
            ("Zentrix", "competes_with", "Korvo"),
        },
        set(),
    ),
    (
        "names_before_both_owned_by",
        "Zentrix faces lawsuits from Harbor Media and Ledger Publishing, both owned by "
        "Tessaly Group.",
        {
            ("Harbor Media", "subsidiary_of", "Tessaly Group"),
            ("Ledger Publishing", "subsidiary_of", "Tessaly Group"),
        },
        set(),
    ),
    (
        "finite_verb_after_relative_clause_names_a_chief",
        "Intel, which has struggled to compete with Nvidia and AMD in AI chips, named Lip-Bu "
        "Tan as its chief executive in March.",
        {("Lip-Bu Tan", "leads", "Intel"), ("Intel", "competes_with", "Nvidia")},
        {("Lip-Bu Tan", "leads", "AMD")},
    ),
    (
        "company_seat_is_no_post_left",
        "The Paris startup Lumora joined the deal, and Quillmark, a Berlin startup, joined it"
        " too. The Tokyo investor Halden Capital joined the round.",
        {
            ("Lumora", "based_in", "Paris"),
            ("Quillmark", "based_in", "Berlin"),
            ("Halden Capital", "based_in", "Tokyo"),
        },
        set(),
    ),
    (
        "possessive_backed_startup_is_an_investment",
        "Tech giant Orbis and its backed startup Vexo AI released new reasoning models on Tuesday.",
        {
            ("Orbis", "invests_in", "Vexo AI"),
        },
        {
            ("Vexo AI", "subsidiary_of", "Orbis"),
        },
    ),
    (
        "possessive_hyphenated_launch_keeps_the_product",
        "Vexo built the chip, which powers Lumen, its recently-launched coding assistant.",
        {
            ("Vexo", "develops", "Lumen"),
        },
        set(),
    ),
    (
        "supplier_owns_the_chips_a_deal_uses",
        "Lumora struck a deal with Orbis to use its Vela chips for training.",
        {
            ("Lumora", "uses", "Vela"),
        },
        {
            ("Lumora", "develops", "Vela"),
        },
    ),
    (
        "contract_for_access_to_the_partners_chips",
        "Lumora signed a multiyear contract with Orbis for access to its Vela processors.",
        {
            ("Lumora", "uses", "Vela"),
        },
        {
            ("Lumora", "develops", "Vela"),
        },
    ),
    (
        "payment_for_access_to_the_sellers_chips",
        "Lumora will pay Orbis $3 billion for access to its Vela chips.",
        {
            ("Lumora", "uses", "Vela"),
        },
        {
            ("Lumora", "develops", "Vela"),
        },
    ),
    (
        "own_chips_stay_the_subjects",
        "Lumora will use its own Vela chips to train the model after its talks with Orbis ended.",
        set(),
        {
            ("Orbis", "develops", "Vela"),
        },
    ),
    (
        "founder_keeps_the_post_at_the_company_founded",
        "Maya Lin, who co-founded Zentrix in 2019, will remain chief executive after the deal.",
        {
            ("Maya Lin", "leads", "Zentrix"),
            ("Zentrix", "founded_by", "Maya Lin"),
        },
        set(),
    ),
    (
        "earlier_workplace_in_a_clause_is_no_post",
        "Maya Lin, who previously worked at Zentrix, will remain chief executive.",
        set(),
        {
            ("Maya Lin", "leads", "Zentrix"),
        },
    ),
    (
        "startup_in_an_investors_portfolio",
        "Brightwave Labs is one of several startups in Zentrix Capital's portfolio.",
        {
            ("Zentrix Capital", "invests_in", "Brightwave Labs"),
        },
        set(),
    ),
    (
        "startup_added_to_a_portfolio",
        "Zentrix Capital added Brightwave Labs to its portfolio in 2023.",
        {
            ("Zentrix Capital", "invests_in", "Brightwave Labs"),
        },
        {
            ("Zentrix Capital", "integrates", "Brightwave Labs"),
        },
    ),
    (
        "product_portfolio_holds_no_investment",
        "Orbis Systems is the newest brand in Zentrix Capital's product portfolio.",
        set(),
        {
            ("Zentrix Capital", "invests_in", "Orbis Systems"),
        },
    ),
    (
        "round_of_a_named_company",
        "Zentrix Capital invested in the seed round of Brightwave Labs.",
        {
            ("Zentrix Capital", "invests_in", "Brightwave Labs"),
        },
        set(),
    ),
    (
        "funding_source_told_by_the_company",
        "The funding comes from a group of backers including Zentrix Capital and Orbis "
        "Partners, Brightwave Labs said.",
        {
            ("Zentrix Capital", "invests_in", "Brightwave Labs"),
            ("Orbis Partners", "invests_in", "Brightwave Labs"),
        },
        {
            ("Zentrix Capital", "develops", "Brightwave Labs"),
            ("Orbis Partners", "develops", "Brightwave Labs"),
        },
    ),
    (
        "funding_is_no_product",
        "Lumora raised $50 million. The funding comes from a group of backers including Orbis"
        " and Brixo Capital.",
        {
            ("Orbis", "invests_in", "Lumora"),
            ("Brixo Capital", "invests_in", "Lumora"),
        },
        {
            ("Orbis", "develops", "Lumora"),
            ("Brixo Capital", "develops", "Lumora"),
        },
    ),
    (
        "product_named_a_sentence_after_its_release",
        "Orbis AI unveiled its latest chip at a conference in Taipei. The chip, dubbed Vela "
        "3, is twice as fast as the last one.",
        {
            ("Orbis AI", "develops", "Vela 3"),
        },
        set(),
    ),
    (
        "licensed_model_named_later_is_not_the_licensees",
        "Orbis AI said it had licensed a model from Brixo Labs. The model, called Atlas, will"
        " power its assistant.",
        set(),
        {
            ("Orbis AI", "develops", "Atlas"),
        },
    ),
    (
        "chief_after_a_two_word_name",
        "Mistral AI chief Arthur Mensch said the company would keep its models open.",
        {
            ("Arthur Mensch", "leads", "Mistral AI"),
        },
        set(),
    ),
    (
        "boss_after_a_name_is_a_title",
        "Zentrix boss Dana Park said the company would grow.",
        {
            ("Dana Park", "leads", "Zentrix"),
        },
        set(),
    ),
    (
        "chief_ai_officer_is_no_chief",
        "Orbis Systems chief AI officer Dana Park said the company would grow.",
        set(),
        {
            ("Dana Park", "leads", "Orbis Systems"),
        },
    ),
    (
        "deal_made_to_supply_is_the_signers_sale",
        "Zentrix has entered a $3 billion agreement with Orbis to supply chips.",
        {
            ("Orbis", "uses", "Zentrix"),
        },
        {
            ("Zentrix", "uses", "Orbis"),
        },
    ),
    (
        "deal_made_to_buy_is_the_signers_purchase",
        "Zentrix signed a deal with Orbis to buy its chips.",
        {
            ("Zentrix", "uses", "Orbis"),
        },
        {
            ("Orbis", "uses", "Zentrix"),
        },
    ),
    (
        "backer_listed_after_the_company_it_backs",
        "Publishers sued Lumora Labs and Zentrix, its largest investor.",
        {
            ("Zentrix", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "support_from_investors_like",
        "Lumora Labs has support from investors like Zentrix and Orbis.",
        {
            ("Zentrix", "invests_in", "Lumora Labs"),
            ("Orbis", "invests_in", "Lumora Labs"),
        },
        set(),
    ),
    (
        "technical_support_is_no_investment",
        "Lumora Labs gets technical support from Zentrix engineers.",
        set(),
        {
            ("Zentrix", "invests_in", "Lumora Labs"),
        },
    ),
    (
        "rejected_offer_to_partner",
        "Zentrix rejected an offer to partner with Lumora Labs.",
        set(),
        {
            ("Zentrix", "partners_with", "Lumora Labs"),
        },
    ),
    (
        "accepted_offer_to_partner",
        "Zentrix accepted an offer to partner with Lumora Labs.",
        {
            ("Zentrix", "partners_with", "Lumora Labs"),
        },
        set(),
    ),
    (
        "nemo_megatron_is_one_model",
        "Nvidia's NeMo Megatron family keeps growing, the company says.",
        {
            ("Nvidia", "develops", "NeMo Megatron"),
        },
        {
            ("Nvidia", "develops", "NeMo"),
        },
    ),
    (
        "coming_in_sizes_is_no_integration",
        "Like Google's Gemini, the newest Claude family comes in three model sizes known as "
        "Haiku, Sonnet and Opus.",
        set(),
        {
            ("Haiku", "integrates", "Claude"),
            ("Sonnet", "integrates", "Claude"),
            ("Opus", "integrates", "Claude"),
        },
    ),
    (
        "a_products_own_rivals_name_no_maker",
        "Anthropic released Claude last year. The experience of using Claude and its chatbot "
        "rivals will matter more than any benchmark.",
        {
            ("Anthropic", "develops", "Claude"),
        },
        {
            ("Claude", "competes_with", "Anthropic"),
        },
    ),
    (
        "headquarters_after_a_city_and_state",
        "The new campus will include parks and offices, modeled on Nvidia's Santa Clara, "
        "California, headquarters.",
        {
            ("Nvidia", "based_in", "Santa Clara"),
        },
        set(),
    ),
    (
        "comma_set_name_after_a_bracket_is_an_apposition",
        "Vexo, a company controlled by Qatar's state fund, the Qatar Investment Authority "
        "(QIA), signed deals.",
        {
            ("Qatar Investment Authority", "based_in", "Qatar"),
        },
        set(),
    ),
    (
        "the_company_a_sentence_introduced",
        "Much of the work will come from Vexo, a chip company set up by Zentrix. The company,"
        " in its own words, is set to launch Vela, a faster inference chip.",
        {
            ("Vexo", "develops", "Vela"),
        },
        {
            ("Zentrix", "develops", "Vela"),
        },
    ),
    (
        "the_company_after_an_acquired_one_is_the_buyer",
        "Zentrix bought Vexo, a chip company, last year. The company said on Monday it would "
        "launch Vela, a new inference chip.",
        {
            ("Zentrix", "develops", "Vela"),
        },
        {
            ("Vexo", "develops", "Vela"),
        },
    ),
    (
        "allegation_about_a_companys_models_in_a_complaint",
        "Writers Ana Ruiz and Ben Cho alleged Zentrix's Vela models were trained on their "
        "books in a complaint filed Thursday.",
        {
            ("Ana Ruiz", "sues", "Zentrix"),
            ("Ben Cho", "sues", "Zentrix"),
        },
        set(),
    ),
    (
        "what_a_lawsuit_says",
        "Brixo Media says in its lawsuit that Zentrix used its articles without permission.",
        {
            ("Brixo Media", "sues", "Zentrix"),
        },
        set(),
    ),
    (
        "occupation_before_a_name_is_no_part_of_it",
        "Novelist Ana Ruiz and writer Ben Cho filed a suit against Zentrix on Thursday.",
        {
            ("Ana Ruiz", "sues", "Zentrix"),
            ("Ben Cho", "sues", "Zentrix"),
        },
        set(),
    ),
    (
        "early_access_to_a_model_is_no_use",
        "Before the launch, Lumora Labs got early access to Zentrix's Vela model.",
        {
            ("Zentrix", "develops", "Vela"),
        },
        {
            ("Lumora Labs", "uses", "Vela"),
        },
    ),
    (
        "a_platform_is_no_unit",
        "Microsoft's Azure unit grew faster than analysts expected last quarter.",
        set(),
        {
            ("Azure", "subsidiary_of", "Microsoft"),
        },
    ),
    (
        "a_cloud_business_is_a_unit",
        "Google Cloud, Alphabet's cloud unit, grew faster than analysts expected.",
        {
            ("Google Cloud", "subsidiary_of", "Alphabet"),
        },
        set(),
    ),
    (
        "past_workplace_is_no_antecedent",
        "Vexo makes inference chips. Its founder, Ben Cho, once worked at Zentrix and Orbis, "
        "and knew Ana Ruiz from his time at Orbis. Ruiz became the company's first investor.",
        {
            ("Ana Ruiz", "invests_in", "Vexo"),
        },
        {
            ("Ana Ruiz", "invests_in", "Orbis"),
        },
    ),
    (
        "current_work_at_the_topic_still_counts",
        "Ana Ruiz was named chief executive of Vexo. Her work at Vexo has been praised, and "
        "Ben Cho, the company's co-founder, will become president.",
        {
            ("Vexo", "founded_by", "Ben Cho"),
        },
        set(),
    ),
    (
        "an_example_is_no_antecedent",
        "In January, Vexo became famous for cheap AI systems. The launch rattled markets, as "
        "investors worried that leaders such as Zentrix would lose their edge. After that, "
        "the startup stayed quiet, while founder Ana Ruiz rarely spoke in public.",
        {
            ("Vexo", "founded_by", "Ana Ruiz"),
        },
        {
            ("Zentrix", "founded_by", "Ana Ruiz"),
        },
    ),
]


@pytest.mark.parametrize(
    ("text", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_extract_news_construction(
    extractor: Extractor, text: str, must: set[Triple], must_not: set[Triple]
) -> None:
    found = {f.key() for f in run(extractor, text)}
    assert {_key(t) for t in must} <= found
    assert not ({_key(t) for t in must_not} & found)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Cohere raised $150m from SoftBank.", "$150m"),
        ("Figure AI raised $1.3B from Microsoft.", "$1.3B"),
        ("Databricks raised €600 million from Thrive Capital.", "€600 million"),
    ],
)
def test_extract_news_amount_forms(extractor: Extractor, text: str, amount: str) -> None:
    (fact,) = [f for f in run(extractor, text) if f.relation == "invests_in"]
    assert fact.amount == amount


def test_extract_news_round_total_stays_on_the_lead_of_a_list_split_by_comma_and(
    extractor: Extractor,
) -> None:
    text = (
        "Cohere has raised $500 million in a new round. The round was led by PSP Investments, "
        "and Cisco and AMD also took part."
    )
    amounts = {f.subject: f.amount for f in run(extractor, text) if f.relation == "invests_in"}
    assert amounts == {"PSP Investments": "$500 million", "Cisco": None, "AMD": None}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("SAN FRANCISCO, Jan 21 (Reuters) - OpenAI said", "OpenAI said"),
        ("Intro.\nNEW YORK/LONDON, March 3 - Scale AI said", "Scale AI said"),
        ("Oct 30 (Reuters) – A judge ruled", "A judge ruled"),
        ("LYON, France — Mirelle Labs said", "Mirelle Labs said"),
        ("OpenAI - the company - said", "OpenAI - the company - said"),
    ],
)
def test_sanitize_blanks_a_dateline_and_keeps_offsets(text: str, kept: str) -> None:
    clean = sanitize(text)
    assert len(clean) == len(text)
    assert clean.split("\n")[-1].strip() == kept


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Nimbus\u2019 $2 billion buy", "Nimbus' $2 billion buy"),
        ("James\u2019 book", "James' book"),
        # (A quote closed after a word ending in "s" stays a quote.)
        ("the so-called \u2018AI Towns\u2019 are", "the so-called \u2018AI Towns\u2019 are"),
        ("Lumora\u2019s chips", "Lumora's chips"),
        ("a multi\u2011year deal with Paris\u2010based X", "a multi-year deal with Paris-based X"),
    ],
)
def test_sanitize_plain_apostrophes_and_hyphens(text: str, clean: str) -> None:
    assert sanitize(text) == clean


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Nvidia (NASDAQ: NVDA) said", "Nvidia said"),
        ("Microsoft (MSFT.O), Meta", "Microsoft, Meta"),
        ("Ana Ruiz of (AMZN.O), Intel (INTC.O), Meta", "Ana Ruiz, Intel, Meta"),
        ("Intel (INTC.O), opens new tab CEO Lip-Bu Tan", "Intel CEO Lip-Bu Tan"),
        (
            "Meta Platforms Inc. META and Microsoft Corporation MSFT said",
            "Meta Platforms Inc. and Microsoft Corporation said",
        ),
        ("Nvidia Corp NVDA CEO Jensen Huang", "Nvidia Corp CEO Jensen Huang"),
        ("Apple Inc. US sales rose", "Apple Inc. US sales rose"),
    ],
)
def test_sanitize_blanks_stock_tickers_and_keeps_offsets(text: str, kept: str) -> None:
    clean = sanitize(text)
    assert len(clean) == len(text)
    assert " ".join(clean.split()) == kept


def test_a_line_after_a_headline_without_a_full_stop_stays_one_sentence(
    extractor: Extractor,
) -> None:
    text = (
        "Headline here\n\nNvidia and OpenAI announced a multiyear agreement on Monday. It is big."
    )
    sents = [s.text.strip() for s in extractor.nlp(text).sents]
    assert sents == [
        "Headline here",
        "Nvidia and OpenAI announced a multiyear agreement on Monday.",
        "It is big.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The product is still in testing; the founders rarely give interviews.",
            ["The product is still in testing;", "the founders rarely give interviews."],
        ),
        (
            "Quillmark AI raised $40 million in a Series B. Accel led the round.",
            ["Quillmark AI raised $40 million in a Series B.", "Accel led the round."],
        ),
        (
            "The round included Sequoia Capital, of Menlo Park; Accel, of Palo Alto; and Index.",
            ["The round included Sequoia Capital, of Menlo Park; Accel, of Palo Alto; and Index."],
        ),
    ],
)
def test_a_semicolon_before_a_clause_and_a_series_letter_end_a_sentence(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    assert [s.text.strip() for s in extractor.nlp(text).sents] == expected


def test_extract_news_interest_and_a_condition_are_reported(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "OpenAI has said it would be interested in buying Chrome if it were put up for sale. "
        "Microsoft would invest in Mistral AI if the board agreed.",
    )
    found = {(f.subject, f.relation, f.object): f.certainty for f in facts}
    assert found[("OpenAI", "acquires", "Chrome")] == "reported"
    assert found[("Microsoft", "invests_in", "Mistral AI")] == "reported"


def test_extract_news_relative_clause_on_a_name_in_a_hedged_sentence_is_stated(
    extractor: Extractor,
) -> None:
    text = (
        "Brightwave, which makes the Orbit chatbot, is also in discussions with Lux Capital "
        "about an investment."
    )
    (fact,) = [f for f in run(extractor, text) if f.relation == "develops"]
    assert (fact.subject, fact.object) == ("Brightwave", "Orbit")
    assert fact.certainty == "stated"


def test_extract_news_hyphenated_name_is_a_person(extractor: Extractor) -> None:
    facts = run(extractor, "Neuroscientist Susana Martinez-Conde sued Brightwave in March.")
    (fact,) = [f for f in facts if f.relation == "sues"]
    assert (fact.subject, fact.subject_class) == ("Susana Martinez-Conde", "Person")


def test_extract_news_talks_about_using_is_the_talker_s_reported_use(
    extractor: Extractor,
) -> None:
    facts = run(
        extractor,
        "Brightwave is in talks with Google about using a custom version of the Gemini model. "
        "Kestrel Dynamics held discussions with Google over using its TPUs.",
    )
    found = {(f.subject, f.relation, f.object): f.certainty for f in facts}
    assert found[("Brightwave", "uses", "Gemini")] == "reported"
    assert found[("Kestrel Dynamics", "uses", "TPU")] == "reported"


def test_extract_news_a_coordinated_clause_keeps_its_own_certainty(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Zentrix is in talks to buy billions of dollars of Vextra's chips, according to a "
        "report, and Brightwave has agreed to use up to one million TPUs.",
    )
    found = {(f.subject, f.relation, f.object): f.certainty for f in facts}
    assert found[("Brightwave", "uses", "TPU")] == "stated"


def test_extract_news_proposed_investment_is_reported(extractor: Extractor) -> None:
    (fact,) = run(extractor, "Microsoft announced a proposed $10 billion investment into OpenAI.")
    assert (fact.subject, fact.relation, fact.object) == ("Microsoft", "invests_in", "OpenAI")
    assert fact.certainty == "reported"
    assert fact.amount == "$10 billion"


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("Why Apple Would Partner With OpenAI", False),
        ("CEO Wang Heads to Meta", False),
        ("Will Nvidia Buy Arm?", False),
        ("By Dana Whitlow and Omar Haddad", False),
        ("Read more: the week in AI deals", False),
        ("Nvidia to invest $5 billion in rival Intel as the chipmakers team up", True),
        ("By 2030, OpenAI expects to run on its own chips.", True),
        ("OpenAI Uses Azure.", True),
    ],
)
def test_layout_prose_lines(line: str, prose: bool) -> None:
    assert is_prose_line(line) is prose


def test_layout_each_sentence_is_judged_by_its_own_line() -> None:
    """Lines are found once per document; a sentence keeps the verdict of its own line,
    whether the line comes first, between others or last."""
    from kg.extract.layout import is_prose
    from kg.extract.nlp import load_pipeline

    text = (
        "Why Orbital Would Partner With Nimbus\n"
        "Orbital will invest in Nimbus. The two firms signed a deal.\n"
        "Read more: the week in AI deals\n"
        "Nimbus runs on Azure."
    )
    doc = load_pipeline(None)(text)
    verdicts = [(s.text.strip(), is_prose(s)) for s in doc.sents if s.text.strip()]
    assert verdicts == [
        ("Why Orbital Would Partner With Nimbus", False),
        ("Orbital will invest in Nimbus.", True),
        ("The two firms signed a deal.", True),
        ("Read more: the week in AI deals", False),
        ("Nimbus runs on Azure.", True),
    ]


def test_extract_news_outlet_cited_makes_the_fact_reported(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "Microsoft will invest in Cohere, Reuters reported.",
    )
    certainty = {f.key(): f.certainty for f in facts}
    assert certainty[("Microsoft", "invests_in", "Cohere")] == "reported"
    assert not any("Reuters" in (f.subject, f.object) for f in facts)


def test_capitalised_common_noun_after_a_line_break() -> None:
    """A sentence whose first token is a line break: the word after it is still its start."""
    from spacy.tokens import Doc

    from kg.extract.entities import Mention, _capitalised_common, load_cues
    from kg.extract.nlp import load_pipeline

    vocab = load_pipeline(None).vocab
    words = ["\n", "Tech", "giants", "drive", "investment", "."]
    pos = ["SPACE", "PROPN", "NOUN", "VERB", "NOUN", "PUNCT"]
    starts = [True, False, False, False, False, False]
    doc = Doc(
        vocab,
        words=words,
        spaces=[False, True, True, True, False, False],
        pos=pos,
        sent_starts=starts,
    )
    tech = Mention(1, 2, "Tech", 1, 5, ("Organization",), "ner", None)
    assert _capitalised_common(doc, tech, load_cues())
    named = Doc(
        vocab,
        words=["\n", "Quillmark", "giants", "drive", "investment", "."],
        spaces=[False, True, True, True, False, False],
        pos=pos,
        sent_starts=starts,
    )
    quill = Mention(1, 2, "Quillmark", 1, 10, ("Organization",), "ner", None)
    assert not _capitalised_common(named, quill, load_cues())


def test_extract_news_speaker_title_is_not_reported(extractor: Extractor) -> None:
    """A founder's title on whoever tells an outlet something is no claim of the outlet."""
    facts = run(
        extractor,
        "Canva bought Leonardo.ai. Leonardo.ai differentiates itself from other platforms, "
        "co-founders Jachin Bhasme and Chris Gillis told TechCrunch.",
    )
    founded = {f.object: f.certainty for f in facts if f.relation == "founded_by"}
    assert founded == {"Jachin Bhasme": "stated", "Chris Gillis": "stated"}


def test_possessive_list_member_owned_elsewhere_only_by_reference_data() -> None:
    """A listed known name leaves the owner's possessive only when reference data says so:
    a parent company of its own, or a product another company makes. A known company the
    family data does not place may be one of the owner's units."""
    from kg.extract.entities import Mention
    from kg.extract.relations import _owned_elsewhere

    def known(name: str, cls: str) -> Mention:
        return Mention(0, 1, name, 0, len(name), (cls,), "gazetteer", name, name)

    assert _owned_elsewhere(known("Meta", "Organization"), "Alphabet")
    assert not _owned_elsewhere(known("Waymo", "Organization"), "Alphabet")
    assert not _owned_elsewhere(known("Ant Group", "Organization"), "Alibaba")
    assert _owned_elsewhere(known("ChatGPT", "Product"), "Google")
    assert not _owned_elsewhere(known("Gemini", "AIModel"), "Google")


@pytest.mark.parametrize("event", ["CES", "Computex", "WWDC", "GTC"])
def test_a_trade_show_is_no_entity(extractor: Extractor, event: str) -> None:
    text = f"Orvane Labs showed its Vega assistant at {event} on Tuesday, the company said."
    _facts, trace = extractor.explain(Document(id="show", text=text))
    names = {canonical for _text, canonical, _cls in trace.mentions}
    assert "Orvane Labs" in names
    assert event not in names


def test_extract_news_an_apposition_on_a_name_in_talks_is_stated(extractor: Extractor) -> None:
    text = (
        "Nvidia is in talks to invest in a new round for xAI, the artificial-intelligence "
        "company Elon Musk founded in 2023, that could raise $6 billion."
    )
    found = {
        (f.subject, f.relation, f.object): f.certainty
        for f in extractor.extract(Document(id="talks", text=text))
    }
    assert found[("Nvidia", "invests_in", "xAI")] == "reported"
    assert found[("xAI", "founded_by", "Elon Musk")] == "stated"


def test_a_noun_rule_that_does_not_apply_leaves_the_possessive_reading(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A rule on "start-up" that needs "portfolio" says nothing of "Alphabet's start-up X":
    # the possessive reader still reads it.
    import copy

    from kg.extract import mentions
    from kg.extract.nlp import load_json
    from kg.extract.rules import RULE_FILE, build_rules

    data = copy.deepcopy(load_json(RULE_FILE))
    data["rules"].append(
        {
            "id": "portfolio_startup_test",
            "lemmas": ["start-up", "startup"],
            "pos": ["NOUN"],
            "relation": "invests_in",
            "require_child": ["portfolio"],
            "subject": ["possessor"],
            "object": ["described"],
        }
    )
    rules = build_rules(data)
    monkeypatch.setattr(mentions, "load_rules", lambda: rules)
    text = "Alphabet's artificial intelligence start-up Isomorphic Labs signed two pharma deals."
    found = {
        (f.subject, f.relation, f.object) for f in extractor.extract(Document(id="p", text=text))
    }
    assert ("Isomorphic Labs", "subsidiary_of", "Alphabet") in found
    assert ("Alphabet", "invests_in", "Isomorphic Labs") not in found


def test_extract_news_as_per_an_outlet_is_reported(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "As per the Korea Herald, Lumora signed a deal with Samsung. "
        "As per the agreement, Zentrix will use Nimbus chips.",
    )
    found = {(f.subject, f.relation, f.object): f.certainty for f in facts}
    assert found[("Lumora", "partners_with", "Samsung")] == "reported"
    assert found[("Zentrix", "uses", "Nimbus")] == "stated"


def test_extract_news_plural_subject_of_plural_verb_is_no_name(extractor: Extractor) -> None:
    # The tagger reads a capitalised plural at a line's start as a proper noun after a
    # headline; a subject agreeing with a plural verb is still a kind of party.
    from kg.extract.entities import find_mentions
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline(None)("Publishers allege the AI firm Lumora copied their stories.")
    assert doc[1].tag_ == "VBP"
    doc[0].tag_, doc[0].pos_ = "NNPS", "PROPN"
    names = {m.text for m in find_mentions(doc, 0)}
    assert "Lumora" in names
    assert "Publishers" not in names


def test_extract_news_photo_credit_is_blanked() -> None:
    text = "Lumora founders Ana Ruiz and Tom Berg credit: Jane Doe\nThe deal closed. Photo: Reuters"
    clean = sanitize(text)
    assert len(clean) == len(text)
    assert "Jane Doe" not in clean and "Reuters" not in clean
    assert clean.startswith("Lumora founders Ana Ruiz and Tom Berg") and "The deal closed." in clean
    # A colon in prose is no credit.
    assert (
        sanitize("Zeta said: we will invest in Lumora.") == "Zeta said: we will invest in Lumora."
    )


def test_extract_news_hyphened_phrase_is_no_name() -> None:
    # "GPU-as-a-service" is a phrase of its own, not a name "GPU-as".
    from kg.extract.entities import find_mentions
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline(None)(
        "Lumora turned to specialist GPU-as-a-service providers such as Zentrix."
    )
    names = {m.text for m in find_mentions(doc, 0)}
    assert {"Lumora", "Zentrix"} <= names
    assert not any(n.startswith("GPU") for n in names)


def test_extract_news_rank_words_are_no_name() -> None:
    # "Second-Biggest", "Nine-Figure": a rank or a size in a headline, not a company.
    from kg.extract.entities import find_mentions
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline(None)("How Brazil's Second-Biggest Bank Keeps Signing Nine-Figure Deals")
    names = {m.text for m in find_mentions(doc, 0)}
    assert not any(n.startswith(("Second", "Nine")) for n in names)


def test_extract_news_quarter_of_a_company_year_is_no_name() -> None:
    # "Q4 of Salesforce" read by the NER as one name is a period of the company's year.
    from kg.extract.entities import find_mentions
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline(None)("Closing should come in Q4 of Salesforce's fiscal year 2027.")
    names = {m.text for m in find_mentions(doc, 0)}
    assert "Salesforce" in names
    assert not any(n.startswith("Q4") for n in names)


def test_extract_news_ticker_with_price_change_is_blanked(extractor: Extractor) -> None:
    text = "Chip designer Corvane Systems CRVN+2.45% will acquire Tallyfox for $2 billion."
    clean = sanitize(text)
    assert len(clean) == len(text)
    assert "CRVN" not in clean and "%" not in clean.split("acquire")[0]
    assert sanitize("Revenue rose 12% to $5 billion.") == "Revenue rose 12% to $5 billion."
    found = {(f.subject, f.relation, f.object) for f in run(extractor, text)}
    assert ("Corvane Systems", "acquires", "Tallyfox") in found


def test_extract_news_english_words_belong_to_their_pipeline() -> None:
    import spacy

    from kg.extract.nlp import english_words, load_pipeline

    known = english_words(load_pipeline(None).vocab)
    assert {"company", "investor", "best"} <= known
    assert "corvane" not in known
    # A vocabulary no pipeline was loaded with knows no words: no name is guessed there.
    assert english_words(spacy.blank("en").vocab) == frozenset()


def test_extract_news_phrase_after_comma_at_text_end_is_read(extractor: Extractor) -> None:
    # A phrase set off by a comma that runs to the end of the text, with no closing
    # punctuation: the check for its closing comma stays inside the text.
    from kg.extract.nlp import load_pipeline
    from kg.extract.syntax import misread_finite

    doc = load_pipeline(None)("Zentrix partnered with Lumora, with help from Vexa")
    assert not any(misread_finite(tok) for tok in doc if tok.i != 1)
    facts = extractor.extract(Document("Zentrix partnered with Lumora, with help from Vexa"))
    assert ("Zentrix", "partners_with", "Lumora") in {
        (f.subject, f.relation, f.object) for f in facts
    }


def test_extract_news_rule_error_costs_only_its_sentence(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # A bug a rule hits on one odd sentence is logged and that sentence gives no facts;
    # the rest of the document is read. The suite runs strict, so such bugs fail it.
    import kg.extract.pipeline as pipeline

    real = pipeline.find_candidates

    def failing(ctx: Any, sent: Any) -> Any:
        if "Quorra" in sent.text:
            raise IndexError("a rule read past the end")
        yield from real(ctx, sent)

    monkeypatch.setattr(pipeline, "find_candidates", failing)
    text = "Brixo invested in Halden. Quorra acquired Tamsin Labs. Halden partnered with Brixo."
    with pytest.raises(IndexError):
        extractor.extract(Document(text))
    monkeypatch.setenv(pipeline.STRICT_ENV, "")
    with caplog.at_level("WARNING", logger="kg.extract"):
        facts = extractor.extract(Document(text, id="doc-odd"))
    found = {(f.subject, f.relation, f.object) for f in facts}
    assert ("Brixo", "invests_in", "Halden") in found
    assert ("Halden", "partners_with", "Brixo") in found
    assert not any(f.subject == "Quorra" for f in facts)
    assert any(
        "doc-odd" in r.getMessage() and "IndexError" in r.getMessage() for r in caplog.records
    )


def test_extract_news_place_inside_a_name_keeps_it_whole() -> None:
    # "National Taiwan University": a known place between two words of a name the NER
    # found is part of that name, not a place beside two fragments.
    from kg.extract.entities import find_mentions
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline(None)("Researchers at National Taiwan University built the chip.")
    names = {m.text for m in find_mentions(doc, 0)}
    assert "National Taiwan University" in names
    assert "Taiwan" not in names


def test_extract_news_amount_in_a_currency_is_no_name() -> None:
    # "NT$322 billion": an amount with its currency glued on is no model or company.
    from kg.extract.entities import find_mentions
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline(None)(
        "Server chips brought in 30% (US$10.4 billion/NT$322 billion) of Halden's sales."
    )
    names = {m.text for m in find_mentions(doc, 0)}
    assert not any("$" in n for n in names)


def test_extract_news_a_count_after_a_version_is_no_version() -> None:
    # "the Ascend 910C and 200,000 units": a count listed after a named version is not
    # a version of that family ("Ascend 200,000").
    from kg.extract.entities import find_mentions
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline(None)("Huawei shipped the Ascend 910C and 200,000 other units.")
    names = {m.text for m in find_mentions(doc, 0)}
    assert "Ascend 910C" in names
    assert not any(n.startswith("Ascend 2") for n in names)


@pytest.mark.parametrize("name", ["Kestra.ai", "Quillbox.io", "Ledgerly.com"])
def test_a_web_address_name_the_ner_calls_a_place_is_a_company(name: str) -> None:
    from kg.extract.entities import _class_candidates, load_cues
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline(None)(f"Zentrix bought {name} last year.")
    start = next(t.i for t in doc if t.text.startswith(name.split(".")[0]))
    end = next(t.i for t in doc if t.text.endswith(name.split(".")[1])) + 1
    assert _class_candidates(doc, start, end, "GPE", load_cues())[0] == "Organization"
