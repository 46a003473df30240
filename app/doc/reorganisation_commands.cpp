#include "doc/reorganisation_commands.hpp"

namespace rk::doc {

namespace {

// Sets the lineage list only; the scenarios change through the commands beside it.
class LineageListCommand final : public Command {
  public:
    LineageListCommand(std::string description, std::vector<LineageLink> before,
                       std::vector<LineageLink> after)
        : description_(std::move(description)),
          before_(std::move(before)),
          after_(std::move(after)) {}
    std::string description() const override { return description_; }
    void apply(Case& c) override { c.lineage = after_; }
    void revert(Case& c) override { c.lineage = before_; }

  private:
    std::string description_;
    std::vector<LineageLink> before_, after_;
};

}  // namespace

PreparedAct prepare_act(const Case& c, std::string description,
                        const std::function<reorg::ActResult(Case&)>& act) {
    Case after = c;
    const reorg::ActResult r = act(after);
    if (!r.ok())
        return {nullptr, r.error};
    if (after == c)
        return {nullptr, {}};  // nothing to do: no empty history step
    return {std::make_unique<CaseStateCommand>(std::move(description), c, after), {}};
}

CommandPtr lineage_after(const Case& c, std::string description,
                         const std::function<reorg::ActResult(Case&)>& act) {
    Case after = c;
    if (!act(after).ok() || after.lineage == c.lineage)
        return nullptr;
    return std::make_unique<LineageListCommand>(std::move(description), c.lineage,
                                                std::move(after.lineage));
}

}  // namespace rk::doc
