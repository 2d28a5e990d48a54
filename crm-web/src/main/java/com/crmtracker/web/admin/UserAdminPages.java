package com.crmtracker.web.admin;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.Role;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;
import com.crmtracker.web.support.Forms;

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
			model.addAttribute("userForm", new UserForm());
		}
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String create(@ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.users
				.create(new NewUser(form.getUsername(), form.getPassword(), form.getDisplayName(), form.getRoles()));
			redirect.addFlashAttribute("saved", "user.created");
			return "redirect:/admin/users";
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
		}
		catch (Conflict clash) {
			result.rejectValue("username", clash.code(), clash.getMessage());
		}
		form.setPassword(null);
		return list(model);
	}

	@GetMapping("/admin/users/{username}")
	String edit(@PathVariable String username, Model model) {
		UserView user = this.users.get(username);
		model.addAttribute("user", user);
		if (!model.containsAttribute("userForm")) {
			model.addAttribute("userForm", formOf(user));
		}
		if (!model.containsAttribute("passwordForm")) {
			UserForm password = new UserForm();
			password.setVersion(user.version());
			model.addAttribute("passwordForm", password);
		}
		return "admin/user";
	}

	@PostMapping("/admin/users/{username}")
	String update(@PathVariable String username, @ModelAttribute("userForm") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.users.update(username, form.getVersion(), form.getDisplayName(), form.getRoles(), form.isEnabled());
			redirect.addFlashAttribute("saved", "user.saved");
			return "redirect:/admin/users/" + username;
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
		}
		catch (StaleVersion stale) {
			UserView current = this.users.get(username);
			model.addAttribute("conflict", current);
			form.setVersion(current.version());
			result.reject("conflict.stale");
		}
		return edit(username, model);
	}

	@PostMapping("/admin/users/{username}/password")
	String resetPassword(@PathVariable String username, @ModelAttribute("passwordForm") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.users.resetPassword(username, form.getVersion(), form.getPassword());
			redirect.addFlashAttribute("saved", "user.passwordReset");
			return "redirect:/admin/users/" + username;
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
		}
		catch (StaleVersion stale) {
			form.setVersion(stale.currentVersion());
			result.reject("conflict.stale");
		}
		form.setPassword(null);
		return edit(username, model);
	}

	private static UserForm formOf(UserView user) {
		UserForm form = new UserForm();
		form.setUsername(user.username());
		form.setDisplayName(user.displayName());
		form.setRoles(
				user.roles().isEmpty() ? java.util.EnumSet.noneOf(Role.class) : java.util.EnumSet.copyOf(user.roles()));
		form.setEnabled(user.enabled());
		form.setVersion(user.version());
		return form;
	}

}
