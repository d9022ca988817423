-- Shunde district's figures (顺德区, Foshan) as a statistics office keeps them in a database:
-- one table of publications, one of figures that names its publication. This dump is the
-- database in reviewable form; the loader shunde.csv.sh loads it into SQLite and queries it.
-- Regions are written by name as regions.csv gives it; indicators by id.
BEGIN TRANSACTION;
CREATE TABLE publications (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL
);
INSERT INTO publications VALUES (1, '顺德市场监管：顺德区质量工作考核连续第五年获评A级，2024');
CREATE TABLE figures (
  region TEXT NOT NULL,
  year INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  value REAL NOT NULL,
  publication INTEGER NOT NULL REFERENCES publications (id),
  note TEXT
);
INSERT INTO figures VALUES ('顺德区', 2023, 'standards-international', 30, 1, '标准数截至2023年12月累计；知识产权质押融资登记额原文为“超148亿元”，按148计');
INSERT INTO figures VALUES ('顺德区', 2023, 'standards-national', 1160, 1, '标准数截至2023年12月累计；知识产权质押融资登记额原文为“超148亿元”，按148计');
INSERT INTO figures VALUES ('顺德区', 2023, 'standards-industry', 540, 1, '标准数截至2023年12月累计；知识产权质押融资登记额原文为“超148亿元”，按148计');
INSERT INTO figures VALUES ('顺德区', 2023, 'leader-standards', 178, 1, '标准数截至2023年12月累计；知识产权质押融资登记额原文为“超148亿元”，按148计');
INSERT INTO figures VALUES ('顺德区', 2023, 'ip-pledge-financing', 148, 1, '标准数截至2023年12月累计；知识产权质押融资登记额原文为“超148亿元”，按148计');
INSERT INTO figures VALUES ('顺德区', 2024, 'measurement-certified-firms', 499, 1, '截至文章发布时');
INSERT INTO figures VALUES ('顺德区', 2024, 'top-measurement-standards', 142, 1, '截至文章发布时');
INSERT INTO figures VALUES ('顺德区', 2024, 'public-measurement-standards', 182, 1, '截至文章发布时');
INSERT INTO figures VALUES ('顺德区', 2024, 'national-testing-centres', 6, 1, '截至文章发布时');
COMMIT;
