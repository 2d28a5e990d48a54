package com.crmtracker.users;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findAllByOrderByUsername();

	/** With their roles, in one statement. */
	@EntityGraph(attributePaths = "roles")
	List<UserAccount> findByUsernameIn(Collection<String> usernames);

}
