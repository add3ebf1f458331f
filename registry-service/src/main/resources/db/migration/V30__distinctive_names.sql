-- A sender's name is compared with a trader's without what tells no trader apart (TraderRepository.nameMatches):
-- "Viveros Almendral Sociedad Limitada" is "Viveros Almendral S.L.", and "みどり種苗株式会社" is "株式会社みどり種苗".
-- Compared whole, the spelled-out legal form weighed more than the name, and the Japanese and Chinese legal forms,
-- written without a space, more than a name of four characters.

-- Legal forms spelled out, word by word, in the languages traders register in (V29 has the abbreviations).
insert into generic_name_word (word) values
    ('actions'), ('activity'), ('aansprakelijkheid'), ('accomandita'), ('aksjeselskap'), ('aktiebolag'),
    ('aktiengesellschaft'), ('anonim'), ('azioni'), ('dac'), ('beperkte'), ('beschrankter'), ('beschränkter'), ('besloten'),
    ('designated'), ('eingetragene'), ('eingetragener'), ('kaufmann'), ('kommanditgesellschaft'), ('liability'),
    ('limitata'), ('met'), ('mit'), ('naamloze'), ('osakeyhtio'), ('osakeyhtiö'), ('par'), ('per'), ('private'),
    ('public'), ('responsabilita'), ('responsabilite'), ('responsabilità'), ('responsabilité'), ('semplice'),
    ('semplificata'), ('simplifiee'), ('simplifiée'), ('sirketi'), ('societa'), ('società'), ('unlimited'),
    ('unipersonnelle'), ('vennootschap'), ('şirketi'),
    ('акционерное'), ('дополнительной'), ('одо'), ('закрытое'), ('индивидуальный'), ('общество'), ('ограниченной'),
    ('открытое'), ('ответственностью'), ('предприниматель'), ('публичное'), ('товарищество'),
    ('المسؤولية'), ('ذات'), ('محدودة'), ('مسؤولية')
on conflict do nothing;

-- A name's words that tell traders apart, in order, lower case, without accents (a courier's form often drops them)
-- and joined by spaces: without its legal form, joining words and single letters (split as name_words splits).
-- Japanese, Chinese and Korean names run their legal form into the name ("株式会社みどり種苗", "杭州清风盆景有限公司"),
-- so those forms are cut out of the text first ("(株)" leaves a single letter), and the name's parts are joined again
-- whether or not it was written with spaces ("上海 花园宝贝").
create function distinctive_name(name text) returns text
    language sql stable parallel safe
    return regexp_replace(unaccent(array_to_string(array(
        select w.word
        from regexp_split_to_table(
                 regexp_replace(lower(name),
                     '株式会社|有限会社|合同会社|合資会社|合名会社|股份有限公司|有限责任公司|有限責任公司|有限公司|股份公司|公司|企業社|企业社|商行'
                     || '|주식회사|유한회사|[㈱㈲㈜]', ' ', 'g'),
                 '[[:space:][:punct:]’‘“”«»„、，。・]+') with ordinality as w(word, position)
        where length(w.word) > 1 and not exists (select from generic_name_word g where g.word = w.word)
        order by w.position), ' ')), '(?<=[ぁ-ヿ㐀-鿿가-힯]) (?=[ぁ-ヿ㐀-鿿가-힯])', '', 'g');
