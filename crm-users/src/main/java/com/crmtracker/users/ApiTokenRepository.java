package com.crmtracker.users;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	@Query("select t from ApiToken t join fetch t.owner where t.secretSha256 = ?1")
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
