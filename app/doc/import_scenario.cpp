#include "doc/import_scenario.hpp"

#include "doc/i18n.hpp"

namespace rk::doc {

namespace {

class AddScenario final : public Command {
  public:
    explicit AddScenario(Scenario s) : scenario_(std::move(s)) {}
    std::string description() const override {
        return bilingual("Scenario toegevoegd: " + scenario_.name,
                         "Scenario added: " + scenario_.name);
    }
    void apply(Case& c) override {
        put_by_id<Scenario>(c.scenarios, std::nullopt, scenario_, c.scenarios.size());
    }
    void revert(Case& c) override { put_by_id<Scenario>(c.scenarios, scenario_, std::nullopt, 0); }

  private:
    Scenario scenario_;
};

}  // namespace

Scenario scenario_for_comparison(const Case& c, const Case& other, const std::string& file_stem) {
    Scenario s = other.scenarios.front();
    const std::string base = file_stem.empty() ? std::string("vergelijking") : file_stem;
    std::string id = base;
    for (int n = 2; c.find_scenario(id); ++n)
        id = base + "-" + std::to_string(n);
    s.id = id;
    s.name = (s.name.empty() ? other.title : s.name) + " (" + file_stem + ")";
    return s;
}

CommandPtr add_scenario(Scenario s) {
    return std::make_unique<AddScenario>(std::move(s));
}

}  // namespace rk::doc
