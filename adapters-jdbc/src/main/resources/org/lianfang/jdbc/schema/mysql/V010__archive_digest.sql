-- Lianfang schema version 10: the archive names its digest (issue 10, 国密).
--
-- The digest of every chain, record digest and checkpoint of the archive: SHA-256, which every archive made before
-- this version used, unless the host chooses another (SM3 for GB/T 39786) with JdbcStore.withDigest while the journal
-- is still empty. One row per setting; the only setting so far is 'digest'.

CREATE TABLE lf_archive (
  setting VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  setting_value VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO lf_archive (setting, setting_value) VALUES ('digest', 'SHA-256');
