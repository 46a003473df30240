// Helpers shared by the io tests: read a test file, find a diagnostic by its text.
#pragma once

#include <gtest/gtest.h>

#include <charconv>
#include <string>

#include "io/formats.hpp"

namespace rk::io::test {

inline std::string data_path(const std::string& rel) {
    return std::string(RK_TEST_DATA) + "/io/" + rel;
}

// All diagnostics, one per line, with the directory prefix removed so that expectations
// do not depend on where the source tree lives.
inline std::string report(const DiagnosticList& d) {
    std::string s = d.to_string();
    const std::string prefix = std::string(RK_TEST_DATA) + "/io/";
    for (std::size_t p; (p = s.find(prefix)) != std::string::npos;)
        s.erase(p, prefix.size());
    return s;
}

inline AttributeValue detail_to_string(const AttributeValue& v) {
    if (auto s = std::get_if<std::string>(&v))
        return *s;
    if (auto d = std::get_if<double>(&v)) {
        char buf[64];
        auto r = std::to_chars(buf, buf + sizeof buf, *d);
        return std::string(buf, r.ptr);
    }
    if (auto i = std::get_if<std::int64_t>(&v))
        return std::to_string(*i);
    return std::string(std::get<bool>(v) ? "true" : "false");
}

inline const Scenario& only_scenario(const ImportResult& r) {
    EXPECT_TRUE(r.value.has_value()) << report(r.diagnostics);
    static const Scenario empty;
    if (!r.value || r.value->scenarios.empty())
        return empty;
    return r.value->scenarios.front();
}
// A temporary result would leave the returned reference dangling (found by ASan).
const Scenario& only_scenario(ImportResult&&) = delete;

}  // namespace rk::io::test

namespace rk::io::test {

// A small case that exercises what graph formats must keep: ids and names with XML and
// CSV specials and non-ASCII, enum fields, custom attributes of every type, positions,
// directed and undirected relations on several layers, an isolated actor, a self-loop.
inline Case sample_case() {
    Case c;
    c.id = "sample";
    c.title = "Sample";
    Scenario s;
    s.id = "s1";
    s.name = "2023 \"met\" programma";
    auto actor = [&](std::string id, std::string name) -> Actor& {
        Actor a;
        a.id = std::move(id);
        a.name = std::move(name);
        s.actors.push_back(std::move(a));
        return s.actors.back();
    };
    Actor& bzk = actor("bzk", "Ministerie van BZK & VRO <Rijk>");
    bzk.type = ActorType::Ministry;
    bzk.bestuurslaag = Bestuurslaag::Rijk;
    bzk.sector = "wonen";
    bzk.roles = {Role::Regisseur, Role::Financier};
    bzk.mandate.decision = DecisionMandate::Full;
    bzk.mandate.doorzettingsmacht = true;
    bzk.attributes["budget"] = 12.5;
    bzk.attributes["fte"] = std::int64_t{40};
    bzk.attributes["actief"] = true;
    bzk.attributes["motto"] = std::string("zeg 'ja', \"nee\"; of niet");
    Actor& pzh = actor("pzh", "Provincie Zuid-Holland");
    pzh.type = ActorType::Province;
    pzh.notes = "twee\nregels";
    pzh.attributes["budget"] = 3.0;
    Actor& hr = actor("holland-rijnland", "Holland Rijnland (regio) é ü ß 日本");
    hr.stance = Stance::Proponent;
    actor("leiden", "Gemeente Leiden");
    actor("eiland", "Eiland zonder relaties");
    s.positions["bzk"] = {0.125, -3.5, true};
    s.positions["pzh"] = {1e-7, 123456.789, false};
    auto rel = [&](std::string id, std::string u, std::string v, Layer l, bool dir, double w) {
        Relation r;
        r.id = std::move(id);
        r.source = std::move(u);
        r.target = std::move(v);
        r.layer = l;
        r.directed = dir;
        r.weight = w;
        s.relations.push_back(std::move(r));
        return &s.relations.back();
    };
    Relation* d = rel("r1", "bzk", "pzh", Layer::Directs, true, 2.0);
    d->details->goal = "30.500 woningen";
    d->details->means = {Means::Money, Means::FormalInstrument};
    rel("r2", "pzh", "holland-rijnland", Layer::Collaboration, false, 0.1);
    Relation* f = rel("r3", "bzk", "holland-rijnland", Layer::Funding, true, 1.0);
    f->details->attributes["bedrag"] = 1.5e6;
    f->details->attributes["kenmerk"] = std::string("2022/01");
    rel("r4", "leiden", "holland-rijnland", Layer::Membership, false, 1.0);
    rel("r5", "leiden", "leiden", Layer::Collaboration, false, 1.0);
    c.scenarios.push_back(std::move(s));
    return c;
}

// Expects the same network: actors (all fields but provenance) and relations by id.
inline void expect_same_network(const Scenario& a, const Scenario& b, bool typed_attributes) {
    ASSERT_EQ(a.actors.size(), b.actors.size());
    for (const auto& x : a.actors) {
        const Actor* y = b.find_actor(x.id);
        ASSERT_NE(y, nullptr) << x.id;
        Actor xx = x, yy = *y;
        if (!typed_attributes) {
            for (auto* m : {&xx.attributes, &yy.attributes})
                for (auto& [k, v] : *m)
                    v = detail_to_string(v);
        }
        EXPECT_EQ(xx, yy) << x.id;
    }
    ASSERT_EQ(a.relations.size(), b.relations.size());
    for (const auto& x : a.relations) {
        const Relation* y = b.find_relation(x.id);
        ASSERT_NE(y, nullptr) << x.id;
        Relation xx = x, yy = *y;
        if (!typed_attributes) {
            for (auto* m : {&xx.details->attributes, &yy.details->attributes})
                for (auto& [k, v] : *m)
                    v = detail_to_string(v);
        }
        EXPECT_EQ(xx, yy) << x.id;
    }
    EXPECT_EQ(a.positions, b.positions);
}

}  // namespace rk::io::test
