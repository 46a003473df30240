#include "doc/document.hpp"

namespace rk::doc {

Document::Document(Case c, std::filesystem::path path)
    : case_(std::move(c)), path_(std::move(path)) {
    if (!case_.scenarios.empty())
        scenario_id_ = case_.scenarios.front().id;
}

std::string Document::display_name() const {
    return path_.empty() ? std::string{} : path_.filename().string();
}

const Scenario* Document::scenario() const {
    return case_.find_scenario(scenario_id_);
}

bool Document::set_scenario(const std::string& id) {
    const Scenario* s = case_.find_scenario(id);
    if (!s)
        return false;
    if (id != scenario_id_) {
        scenario_id_ = id;
        selection_.prune(*s);
    }
    return true;
}

void Document::execute(CommandPtr cmd) {
    if (!cmd)
        return;
    cmd->apply(case_);
    if (group_) {
        group_->add_applied(std::move(cmd));
    } else {
        history_.resize(cursor_);
        serials_.resize(cursor_);
        history_.push_back(std::move(cmd));
        serials_.push_back(next_serial_++);
        ++cursor_;
    }
    changed();
}

void Document::begin_group(std::string description) {
    if (group_depth_++ == 0)
        group_ = std::make_unique<CompositeCommand>(std::move(description));
}

void Document::end_group() {
    if (group_depth_ == 0)
        return;
    if (--group_depth_ > 0)
        return;
    std::unique_ptr<CompositeCommand> g = std::move(group_);
    if (g->empty())
        return;
    history_.resize(cursor_);
    serials_.resize(cursor_);
    history_.push_back(std::move(g));
    serials_.push_back(next_serial_++);
    ++cursor_;
}

bool Document::undo() {
    if (!can_undo())
        return false;
    --cursor_;
    history_[cursor_]->revert(case_);
    changed();
    return true;
}

bool Document::redo() {
    if (!can_redo())
        return false;
    history_[cursor_]->apply(case_);
    ++cursor_;
    changed();
    return true;
}

std::vector<std::string> Document::history() const {
    std::vector<std::string> out;
    out.reserve(history_.size());
    for (const auto& h : history_)
        out.push_back(h->description());
    return out;
}

void Document::jump_to(std::size_t cursor) {
    while (cursor_ > cursor && undo()) {
    }
    while (cursor_ < cursor && redo()) {
    }
}

bool Document::dirty() const {
    const std::uint64_t top = cursor_ > 0 ? serials_[cursor_ - 1] : 0;
    return top != saved_serial_ || group_ != nullptr;
}

void Document::mark_saved() {
    saved_serial_ = cursor_ > 0 ? serials_[cursor_ - 1] : 0;
}

void Document::changed() {
    ++revision_;
    if (case_.find_scenario(scenario_id_) == nullptr && !case_.scenarios.empty()) {
        scenario_id_ = case_.scenarios.front().id;
    }
    if (const Scenario* s = scenario())
        selection_.prune(*s);
}

}  // namespace rk::doc
