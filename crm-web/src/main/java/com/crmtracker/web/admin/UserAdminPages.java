package com.crmtracker.web.admin;

import com.crmtracker.domain.Role;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;
import com.crmtracker.web.support.Forms;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create users, grant roles, reset passwords and disable users. */
@Controller
class UserAdminPages {

	private final UserDirectory users;

	UserAdminPages(UserDirectory users) {
		this.users = users;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", this.users.all());
		if (!model.containsAttribute("userForm")) {
			model.addAttribute("userForm", NewUserForm.empty());
		}
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("userForm") NewUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.bind(form, result, model).save(f -> this.users.create(f.user())).saved()) {
			redirect.addFlashAttribute("saved", "user.created");
			return "redirect:/admin/users";
		}
		return list(model);
	}

	@GetMapping("/admin/users/{username}")
	String edit(@PathVariable String username, Model model) {
		UserView user = this.users.get(username);
		model.addAttribute("user", user);
		if (!model.containsAttribute("userForm")) {
			model.addAttribute("userForm", UserForm.of(user));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm(null, user.version()));
		}
		return "admin/user";
	}

	@PostMapping("/admin/users/{username}")
	String update(@PathVariable String username, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Forms.Outcome outcome = Forms.bind(form, result, model)
			.save(f -> this.users.update(username, f.version(), f.displayName(), f.roles(),
					Boolean.TRUE.equals(f.enabled())));
		if (outcome.saved()) {
			redirect.addFlashAttribute("saved", "user.saved");
			return "redirect:/admin/users/" + username;
		}
		if (outcome == Forms.Outcome.STALE) {
			model.addAttribute("conflict", this.users.get(username));
		}
		return edit(username, model);
	}

	@PostMapping("/admin/users/{username}/password")
	String resetPassword(@PathVariable String username, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Forms.Outcome outcome = Forms.bind(form, result, model)
			.save(f -> this.users.resetPassword(username, f.version(), f.password()));
		if (outcome.saved()) {
			redirect.addFlashAttribute("saved", "user.passwordReset");
			return "redirect:/admin/users/" + username;
		}
		if (outcome == Forms.Outcome.STALE) {
			model.addAttribute("passwordConflict", this.users.get(username));
		}
		return edit(username, model);
	}

}
