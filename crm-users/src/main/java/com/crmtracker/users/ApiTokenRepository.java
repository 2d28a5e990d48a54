package com.crmtracker.users;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	// the owner and his roles in the same statement: this runs on every call of the API
	@Query("select t from ApiToken t join fetch t.owner o left join fetch o.roles where t.secretSha256 = ?1")
	Optional<ApiToken> findBySecret(String secretSha256);

	@Query("select t from ApiToken t join fetch t.owner o where o.username = ?1 order by t.createdAt, t.id")
	List<ApiToken> findByOwner(String username);

	@Query("select t from ApiToken t join fetch t.owner o order by o.username, t.createdAt, t.id")
	List<ApiToken> findAllWithOwner();

	boolean existsByOwnerAndName(UserAccount owner, String name);

	@Modifying
	@Query("delete from ApiToken t where t.owner = ?1")
	int deleteByOwner(UserAccount owner);

}
